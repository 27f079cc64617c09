<?php

namespace App\Console\Commands;

use Illuminate\Cache\Repository;
use Illuminate\Console\Command;

class RenderReports extends Command
{
    protected $signature = 'reports:render {--daemon : Keep rendering queued report requests} {--max-jobs=0}';

    protected $description = 'Render requested sales reports to HTML';

    public function handle(Repository $cache): int
    {
        $maxJobs = $this->option('daemon') ? (int) $this->option('max-jobs') : 1;
        for ($job = 1; $job <= $maxJobs; $job++) {
            $reportId = 31000 + $job;
            $html = $cache->remember("report:{$reportId}:html", 600, fn () => $this->render($reportId));
            $this->info("report {$reportId} rendered (" . strlen($html) . ' bytes)');
        }

        return self::SUCCESS;
    }

    private function render(int $reportId): string
    {
        $rows = '';
        for ($week = 1; $week <= 12; $week++) {
            $rows .= sprintf('<tr><td>W%02d</td><td>%d</td></tr>', $week, ($reportId * $week) % 9973);
        }
        return "<h1>Sales report #{$reportId}</h1><table>{$rows}</table>";
    }
}
