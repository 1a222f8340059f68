// Moves focus to a form's error summary so keyboard and screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});

// Service map: draws the markers of [data-map] with Leaflet, loaded only on pages that have a
// map. The result list next to it works without scripts; the map is an extra.
document.addEventListener("DOMContentLoaded", () => {
  const maps = document.querySelectorAll("[data-map]");
  if (maps.length === 0) return;
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/webjars/leaflet/dist/leaflet.css";
  document.head.appendChild(css);
  const script = document.createElement("script");
  script.src = "/webjars/leaflet/dist/leaflet.js";
  script.onload = () => maps.forEach(drawMap);
  document.head.appendChild(script);
});

function drawMap(element) {
  const points = JSON.parse(element.dataset.points || "[]");
  if (points.length === 0) return;
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
  const markers = points.map((p) => {
    const marker = L.marker([p.lat, p.lon], { alt: p.name, title: p.name, keyboard: true }).addTo(map);
    const link = document.createElement("a");
    link.href = p.url;
    link.textContent = p.name;
    marker.bindPopup(link);
    return marker;
  });
  if (markers.length === 1) map.setView(markers[0].getLatLng(), 14);
  else map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [24, 24], maxZoom: 14 });
}

// "Use my location": fills the hidden lat/lon fields from the browser and submits the search.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector("[data-geo-button]");
  if (!button || !("geolocation" in navigator)) return;
  const status = document.querySelector("[data-geo-status]");
  button.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition((position) => {
      document.querySelector("[data-geo=lat]").value = position.coords.latitude.toFixed(5);
      document.querySelector("[data-geo=lon]").value = position.coords.longitude.toFixed(5);
      status.textContent = button.dataset.located;
      button.form.submit();
    }, () => { status.textContent = button.dataset.failed; }, { timeout: 10000 });
  });
});
