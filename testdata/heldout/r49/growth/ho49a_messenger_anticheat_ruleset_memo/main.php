<?php

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/AntiCheat/Game.php';
require __DIR__ . '/src/AntiCheat/RulesetOverrides.php';
require __DIR__ . '/src/AntiCheat/RulesetCompiler.php';
require __DIR__ . '/src/AntiCheat/MemoizesRulesets.php';
require __DIR__ . '/src/Message/CheatReportSubmitted.php';
require __DIR__ . '/src/MessageHandler/CheatReportHandler.php';

use App\AntiCheat\Game;
use App\AntiCheat\RulesetCompiler;
use App\AntiCheat\RulesetOverrides;
use App\Message\CheatReportSubmitted;
use App\MessageHandler\CheatReportHandler;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\BrokerTransport;
use Symfony\Component\Messenger\Worker;

$config = require __DIR__ . '/config/anticheat.php';

// Container wiring (services.yaml equivalent).
$verdictsWritten = 0;
$handler = new CheatReportHandler(
    new RulesetCompiler($config['ruleset_version']),
    new RulesetOverrides($config['overrides']),
    static function (string $reportId, string $verdict, array $hits) use (&$verdictsWritten): void {
        // INSERT INTO anticheat_verdicts ... (the row is sent and forgotten)
        $verdictsWritten += strlen($reportId . $verdict . implode(',', $hits)) > 0 ? 1 : 0;
    },
);
$bus = new MessageBus([CheatReportSubmitted::class => [CheatReportHandler::class => $handler]]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$games = Game::cases();
$transport = new BrokerTransport(static function (int $id) use ($games): CheatReportSubmitted {
    $matchId = $id % 10 === 0 ? 'major-sf-2024-' . ($id % 20 === 0 ? 'a' : 'b') : sprintf('ladder-%s-%07d', $id % 2 ? 'eu' : 'na', 400000 + $id);
    return new CheatReportSubmitted(
        sprintf('rep_%010d', $id),
        $matchId,
        7700000 + $id * 3,
        $games[$id % count($games)],
        ['aim_snap_deg' => 5 + $id % 11, 'reaction_ms' => 120 + $id % 90, 'headshot_ratio' => ($id % 100) / 100],
        'reported from in-game overlay',
    );
}, $n);

// bin/console messenger:consume anticheat --limit=N
(new Worker(['anticheat' => $transport], $bus))->run(['limit' => $n]);
