<?php

namespace App\Jobs;

use Illuminate\Cache\Repository;

class RenderReport
{
    public function __construct(public int $reportId, public string $template) {}

    public function handle(Repository $cache): void
    {
        $layout = $cache->get("report-template:{$this->template}", '<h1>{title}</h1>');
        $html = strtr($layout, ['{title}' => "Sales report #{$this->reportId}", '{label}' => 'W01', '{value}' => (string) ($this->reportId % 9973)]);
        file_put_contents('/dev/null', $html);
    }
}
