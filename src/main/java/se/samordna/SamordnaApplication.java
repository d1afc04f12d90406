package se.samordna;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samordna: samordnad individuell plan for kommun, region and the individual. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamordnaApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamordnaApplication.class, args);
	}

}
