package jp.kyodoflow.committee;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a new installation, offers the published city rules as starting configurations (all profiles). */
@Component
@Order(15)
class ReviewConfigSeeder implements ApplicationRunner {

    private final ReviewConfigService configs;

    ReviewConfigSeeder(ReviewConfigService configs) {
        this.configs = configs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (configs.list().stream().noneMatch(c -> c.name().equals(CityRulePresets.PROJECT_EVALUATION))) {
            configs.save(CityRulePresets.PROJECT_EVALUATION, CityRulePresets.projectEvaluation(), "system");
        }
        boolean fresh = configs.list().size() <= 1;
        if (fresh) {
            saveDefaults();
        }
        // the Saku subsidy's presets come after the defaults, so a new installation numbers those as before
        for (var preset : List.of(java.util.Map.entry(CityRulePresets.SAKU_SUBSIDY, CityRulePresets.sakuSubsidy()),
                java.util.Map.entry(CityRulePresets.SAKU_AWARD, CityRulePresets.sakuAward()))) {
            if (configs.list().stream().noneMatch(c -> c.name().equals(preset.getKey()))) {
                configs.save(preset.getKey(), preset.getValue(), "system");
            }
        }
    }

    private void saveDefaults() {
        configs.save("協働事業 標準（書類審査＋公開プレゼンテーション）", CityRulePresets.kyodoDefault(), "system");
        configs.save("大府市方式（0〜5点・100点換算50点以上）", CityRulePresets.obu(), "system");
        configs.save("三田市方式（10項目50点・平均30点以上）", CityRulePresets.sanda(), "system");
        configs.save("本巣市方式（6項目×10点・利害関係者は平均点で代替）", CityRulePresets.motosu(), "system");
    }
}
