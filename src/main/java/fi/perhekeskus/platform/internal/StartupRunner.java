package fi.perhekeskus.platform.internal;

import fi.perhekeskus.platform.DatabaseMode;
import fi.perhekeskus.platform.DemoDataLoader;
import fi.perhekeskus.platform.PerhekeskusProperties;
import fi.perhekeskus.platform.StartupTask;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs start-up tasks, then demo data when demo mode is on. */
@Component
class StartupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

    private final List<StartupTask> tasks;
    private final List<DemoDataLoader> demoLoaders;
    private final boolean demo;

    StartupRunner(List<StartupTask> tasks, List<DemoDataLoader> demoLoaders,
            PerhekeskusProperties properties, DatabaseMode mode) {
        this.tasks = tasks;
        this.demoLoaders = demoLoaders;
        this.demo = properties.demoEnabled(mode.embedded());
    }

    @Override
    public void run(ApplicationArguments args) {
        tasks.forEach(task -> task.run(demo));
        if (demo) {
            demoLoaders.forEach(DemoDataLoader::load);
            log.info("Demo data is on (PERHEKESKUS_DEMO=false turns it off)");
        }
    }
}
