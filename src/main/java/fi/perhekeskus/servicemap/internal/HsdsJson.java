package fi.perhekeskus.servicemap.internal;

import java.util.List;

/**
 * The Open Referral HSDS 3.0 objects the {@code /api/hsds/} endpoints answer with. Component
 * names are the HSDS field names (snake_case) so that the JSON and the OpenAPI schema match the
 * standard as it is written. Texts are in the caller's language (fi, sv or en; Finnish when a
 * translation is missing); times are local time in Finland (Europe/Helsinki).
 */
@SuppressWarnings("checkstyle:ParameterName")
final class HsdsJson {

    private HsdsJson() {}

    /** The HSDS 3.0 paged list. */
    record Page<T>(long total_items, long total_pages, int page_number, int size, boolean first_page,
            boolean last_page, boolean empty, List<T> contents) {}

    record Service(String id, String organization_id, String program_id, String name, String alternate_name,
            String description, String url, String email, String status, String interpretation_services,
            String application_process, String fees_description, String accreditations,
            String eligibility_description, Integer minimum_age, Integer maximum_age, String assured_date,
            String assurer_email, String alert, String last_modified, List<Phone> phones, List<Schedule> schedules,
            List<ServiceArea> service_areas, List<ServiceAtLocation> service_at_locations, List<Language> languages,
            Organization organization, List<Contact> contacts, List<Attribute> attributes,
            List<Object> metadata) {}

    record Organization(String id, String name, String alternate_name, String description, String email,
            String website, String legal_status, String logo, String uri, String parent_organization_id,
            List<Contact> contacts, List<Phone> phones, List<Location> locations,
            List<OrganizationIdentifier> organization_identifiers, List<Attribute> attributes,
            List<Object> metadata) {}

    record OrganizationIdentifier(String id, String organization_id, String identifier_scheme,
            String identifier_type, String identifier) {}

    record Location(String id, String location_type, String url, String organization_id, String name,
            String alternate_name, String description, String transportation, Double latitude, Double longitude,
            String external_identifier, String external_identifier_type, List<Language> languages,
            List<Address> addresses, List<Contact> contacts, List<Accessibility> accessibility, List<Phone> phones,
            List<Schedule> schedules, List<Attribute> attributes, List<Object> metadata) {}

    record ServiceAtLocation(String id, String service_id, String location_id, String description,
            List<ServiceArea> service_areas, List<Contact> contacts, List<Phone> phones, List<Schedule> schedules,
            Location location, List<Attribute> attributes, List<Object> metadata) {}

    record Address(String id, String location_id, String attention, String address_1, String address_2,
            String city, String region, String state_province, String postal_code, String country,
            String address_type) {}

    record Phone(String id, String location_id, String service_id, String organization_id, String contact_id,
            String service_at_location_id, String number, Integer extension, String type, String description,
            List<Language> languages) {}

    record Contact(String id, String organization_id, String service_id, String service_at_location_id,
            String location_id, String name, String title, String department, String email, List<Phone> phones) {}

    /** An RFC 5545 recurrence as HSDS splits it into fields, with the opening time. */
    record Schedule(String id, String service_id, String location_id, String service_at_location_id,
            String valid_from, String valid_to, String dtstart, Integer timezone, String until, Integer count,
            String wkst, String freq, Integer interval, String byday, String byweekno, String bymonthday,
            String byyearday, String description, String opens_at, String closes_at, String schedule_link,
            String attending_type, String notes) {}

    record ServiceArea(String id, String service_id, String service_at_location_id, String name, String description,
            String extent, String extent_type, String uri) {}

    record Language(String id, String service_id, String location_id, String phone_id, String name, String code,
            String note) {}

    record Accessibility(String id, String location_id, String description, String details, String url) {}

    record Attribute(String id, String link_id, String taxonomy_term_id, String link_type, String link_entity,
            String value, TaxonomyTerm taxonomy_term, String label) {}

    record TaxonomyTerm(String id, String code, String name, String description, String parent_id, String taxonomy,
            String language) {}
}
