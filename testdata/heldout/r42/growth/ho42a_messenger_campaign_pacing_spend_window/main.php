<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Middleware/MiddlewareInterface.php';
require __DIR__ . '/vendor/symfony/messenger/Handler/HandlersLocator.php';
require __DIR__ . '/vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Transport/RedisReceiver.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Message/SpendReported.php';
require __DIR__ . '/src/Pacing/SpendSample.php';
require __DIR__ . '/src/Pacing/SpendWindow.php';
require __DIR__ . '/src/Pacing/PacingRegistry.php';
require __DIR__ . '/src/Pacing/PacingService.php';
require __DIR__ . '/src/MessageHandler/SpendReportedHandler.php';

use App\Message\SpendReported;
use App\MessageHandler\SpendReportedHandler;
use App\Pacing\PacingRegistry;
use App\Pacing\PacingService;
use App\Pacing\SpendSample;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Transport\RedisReceiver;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume spend --time-limit=0
$spent = 0;
$pacing = new PacingService(
    new PacingRegistry(require __DIR__ . '/config/pacing.php'),
    [static function (SpendSample $sample) use (&$spent): void {
        $spent += $sample->spendMicros;
    }],
);

$bus = new MessageBus([
    new HandleMessageMiddleware(new HandlersLocator([
        SpendReported::class => [new SpendReportedHandler($pacing)],
    ])),
]);

$limit = (int) (getenv('PHPLEAK_N') ?: 100);
$stream = static function (int $position) use ($limit): ?string {
    if ($position >= $limit) {
        return null;
    }
    $campaign = 'cmp-' . (1001 + $position % 5); // cmp-1005 is a house campaign, not paced

    return json_encode([
        'auction_id' => sprintf('%08x-%04x-%04x', crc32('auction' . $position), $position % 65536, ($position * 31) % 65536),
        'exchange' => ['xandr', 'magnite', 'pubmatic'][$position % 3],
        'ts' => 1700000000 + intdiv($position, 4),
        'lines' => [
            [
                'line_item' => $campaign . '-li-' . ($position % 3), 'campaign' => $campaign, 'spend_micros' => 1200 + $position % 900, 'impressions' => 1,
                'dims' => ['site' => 'news' . ($position % 40) . '.example', 'geo' => 'US-' . ['CA', 'NY', 'TX'][$position % 3], 'device' => 'mobile', 'crid' => 'cr-' . (7000 + $position % 13)],
            ],
            [
                'line_item' => $campaign . '-li-9', 'campaign' => $campaign, 'spend_micros' => 300 + $position % 70, 'impressions' => 1,
                'dims' => ['site' => 'news' . ($position % 40) . '.example', 'geo' => 'US-' . ['CA', 'NY', 'TX'][$position % 3], 'device' => 'desktop', 'crid' => 'cr-9001'],
            ],
        ],
    ]);
};

$worker = new Worker(['spend' => new RedisReceiver($stream, SpendReported::fromJson(...))], $bus);
$worker->run();
