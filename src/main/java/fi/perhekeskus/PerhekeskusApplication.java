package fi.perhekeskus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PerhekeskusApplication {

    public static void main(String[] args) {
        SpringApplication.run(PerhekeskusApplication.class, args);
    }
}
