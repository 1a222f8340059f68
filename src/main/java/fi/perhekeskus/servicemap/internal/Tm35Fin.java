package fi.perhekeskus.servicemap.internal;

/**
 * ETRS-TM35FIN (EPSG:3067, the plane coordinates Suomi.fi PTV gives for addresses) to WGS84
 * latitude and longitude, by the series of the JHS 154 recommendation (GRS80 ellipsoid,
 * central meridian 27° E, scale 0.9996, false easting 500 000 m). Accurate to millimetres
 * within Finland, far finer than a map needs.
 */
final class Tm35Fin {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double K0 = 0.9996;
    private static final double LON0 = Math.toRadians(27);
    private static final double FALSE_EASTING = 500_000;
    private static final double N = F / (2 - F);
    private static final double A1 = A / (1 + N) * (1 + N * N / 4 + Math.pow(N, 4) / 64);
    private static final double E = Math.sqrt(2 * F - F * F);
    private static final double[] H = {
            N / 2 - 2 * N * N / 3 + 37 * Math.pow(N, 3) / 96 - Math.pow(N, 4) / 360,
            N * N / 48 + Math.pow(N, 3) / 15 - 437 * Math.pow(N, 4) / 1440,
            17 * Math.pow(N, 3) / 480 - 37 * Math.pow(N, 4) / 840,
            4397 * Math.pow(N, 4) / 161_280};

    private Tm35Fin() {}

    /** {latitude, longitude} in degrees for a northing and easting in metres. */
    static double[] toWgs84(double northing, double easting) {
        double xi = northing / (A1 * K0);
        double eta = (easting - FALSE_EASTING) / (A1 * K0);
        double xiPrime = xi;
        double etaPrime = eta;
        for (int i = 0; i < H.length; i++) {
            int k = 2 * (i + 1);
            xiPrime -= H[i] * Math.sin(k * xi) * Math.cosh(k * eta);
            etaPrime -= H[i] * Math.cos(k * xi) * Math.sinh(k * eta);
        }
        double beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
        double q = asinh(Math.tan(beta));
        double qPrime = q + E * atanh(E * Math.tanh(q));
        for (int i = 0; i < 6; i++) {
            qPrime = q + E * atanh(E * Math.tanh(qPrime));
        }
        return new double[] {Math.toDegrees(Math.atan(Math.sinh(qPrime))), Math.toDegrees(LON0 + l)};
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
