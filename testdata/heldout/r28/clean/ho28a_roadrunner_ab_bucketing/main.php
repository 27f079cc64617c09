<?php

require __DIR__ . '/vendor/roadrunner/PSR7Worker.php';
require __DIR__ . '/src/Experiment/Experiment.php';
require __DIR__ . '/src/Experiment/Assignment.php';
require __DIR__ . '/src/Experiment/AssignmentCollection.php';
require __DIR__ . '/src/Experiment/Visitor.php';
require __DIR__ . '/src/Experiment/ExperimentRunner.php';

use App\Experiment\Experiment;
use App\Experiment\ExperimentRunner;
use App\Experiment\Visitor;
use Spiral\RoadRunner\Http\PSR7Worker;

$runner = new ExperimentRunner();
$runner->register(new Experiment('landing_hero_copy', ['control' => 50, 'urgency' => 50], 'q3'));
$runner->register(new Experiment('pricing_annual_default', ['monthly' => 50, 'annual' => 50], 'q3'));

$relay = (function (int $n) {
    $agents = [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    ];
    for ($i = 0; $i < $n; $i++) {
        yield [
            'ip' => '203.0.113.' . ($i % 250),
            'headers' => ['user-agent' => $agents[$i % 2] . " rv/$i"],
            'cookies' => $i % 3 ? ['ab_vid' => sprintf('v_%08x', 0x5eed0000 + $i)] : [],
            'query' => ['utm_source' => ['newsletter', 'google', 'linkedin'][$i % 3], 'utm_campaign' => 'spring_' . ($i % 5), 'utm_medium' => 'email'],
        ];
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

$worker = new PSR7Worker($relay);

while ($request = $worker->waitRequest()) {
    $visitor = Visitor::fromRequest($request);
    $assignments = $runner->enroll($visitor);
    $payload = $runner->track($assignments);
    $worker->respond(200, $payload);
}
