<?php

require __DIR__ . '/vendor/nyholm/psr7/src/Message.php';
require __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require __DIR__ . '/src/Container/Services.php';
require __DIR__ . '/src/Triage/FlaggedPost.php';
require __DIR__ . '/src/Triage/ToxicityScore.php';
require __DIR__ . '/src/Triage/ToxicityScorer.php';
require __DIR__ . '/src/Triage/ScoreMemo.php';
require __DIR__ . '/src/Triage/TriageService.php';
require __DIR__ . '/src/Http/FlagController.php';

use Forum\Container\Services;
use Forum\Http\FlagController;
use Forum\Triage\ScoreMemo;
use Forum\Triage\ToxicityScorer;
use Forum\Triage\TriageService;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Spiral\RoadRunner\Http\PSR7Worker;

Services::define(ToxicityScorer::class, static fn () => new ToxicityScorer());
Services::define(ScoreMemo::class, static fn () => new ScoreMemo(Services::get(ToxicityScorer::class)));
Services::define(TriageService::class, static fn () => new TriageService());

$relay = static function (int $i): ServerRequest {
    return new ServerRequest('POST', '/mod/flags', ['content-type' => 'application/x-www-form-urlencoded'], [
        'post_id' => (string) (2200000 + $i * 7),
        'revision' => (string) (1 + $i % 3),
        'author_id' => (string) (40 + ($i * 31) % 9000),
        'author_karma' => (string) (($i * 97) % 1200),
        'flags' => (string) (1 + $i % 6),
        'body' => "Reply #{$i}: honestly whoever wrote the guide is an idiot, the wiring diagram is trash and the seller is a scam. "
            . "I followed it step by step on my board revision {$i} and it fried the regulator. Shut up about 'user error'.",
    ]);
};

$worker = new PSR7Worker($relay, (int) (getenv('PHPLEAK_N') ?: 100));
$controller = new FlagController();
while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], 'Internal error'));
    }
}
