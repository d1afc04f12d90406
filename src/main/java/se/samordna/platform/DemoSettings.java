package se.samordna.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What demo mode loads. The demo directory (organisations, units, staff accounts and
 * their demo log-ins) always comes with demo mode; the demo cast can be left out.
 *
 * @param cast whether demo mode also loads the demo cast: the demo people, their SIPs,
 * meetings and survey answers. On by default, so that a newcomer sees a living system;
 * the tests turn it off and register the people they need themselves.
 */
@ConfigurationProperties("samordna.demo")
public record DemoSettings(@DefaultValue("true") boolean cast) {
}
