<?php

namespace App\MessageHandler;

use App\AntiCheat\MemoizesRulesets;
use App\AntiCheat\RulesetCompiler;
use App\AntiCheat\RulesetOverrides;
use App\Message\CheatReportSubmitted;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'anticheat')]
final class CheatReportHandler
{
    use MemoizesRulesets;

    public function __construct(
        private RulesetCompiler $compiler,
        private RulesetOverrides $overrides,
        private \Closure $persistVerdict,
    ) {
    }

    public function __invoke(CheatReportSubmitted $report): string
    {
        $rules = $this->ruleset(
            $this->rulesetKey($report),
            fn () => $this->compiler->compile($report->game, $this->overrides->for($report->matchId)),
        );

        $score = 0.0;
        $hits = [];
        foreach ($report->signals as $signal => $value) {
            $rule = $rules[$signal] ?? null;
            if ($rule !== null && $value >= $rule['threshold']) {
                $score += $rule['weight'];
                $hits[] = $rule['label'];
            }
        }
        $verdict = $score >= 1.0 ? 'escalate' : ($score > 0 ? 'review' : 'dismiss');
        ($this->persistVerdict)($report->reportId, $verdict, $hits);
        return $verdict;
    }

    private function rulesetKey(CheatReportSubmitted $report): string
    {
        // Organisers can override thresholds per match.
        return $report->game->value . ':' . $report->matchId;
    }
}
