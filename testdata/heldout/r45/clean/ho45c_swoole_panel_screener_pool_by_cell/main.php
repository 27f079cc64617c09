<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Recruitment/QuotaCell.php';
require __DIR__ . '/src/Recruitment/Panelist.php';
require __DIR__ . '/src/Recruitment/PanelistPool.php';
require __DIR__ . '/src/Recruitment/ScreenerRules.php';
require __DIR__ . '/src/Recruitment/ScreenerService.php';
require __DIR__ . '/src/Http/ScreenerController.php';
require __DIR__ . '/src/Support/Application.php';

use App\Support\Application;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', (int) (getenv('SCREENER_PORT') ?: 9510));
$server->set([
    'worker_num' => 1,
    'max_request' => 0,
    'http_parse_post' => true,
    // soak run: recorded screener traffic
    'replay' => static fn (int $i): array => [
        'server' => ['request_method' => 'POST', 'path_info' => '/screener', 'request_uri' => '/screener', 'remote_addr' => '172.16.' . ($i % 200) . '.' . ($i % 250)],
        'header' => ['content-type' => 'application/x-www-form-urlencoded', 'referer' => 'https://panel.example.net/s/8812'],
        'get' => ['pid' => sprintf('PNL%08d%s', 31000000 + $i, substr(md5((string) $i), 0, 6)), 'src' => ['panel-a', 'panel-b', 'social'][$i % 3]],
        'post' => [
            'gender' => $i % 2 ? 'f' : 'm',
            'age' => (string) (19 + ($i * 7) % 60),
            'industry' => ['healthcare', 'retail', 'education', 'logistics', 'public-sector'][$i % 5],
            'commutes' => 'yes',
            'email' => sprintf('Panelist.%06d@Mail.Example.com', $i),
            'postcode' => ['SW1A 1AA', 'M1 1AE', 'EH1 1YZ', 'CF10 1EP'][$i % 4],
            'device' => ['ios', 'android', 'desktop'][$i % 3],
            'consent' => 'yes',
        ],
    ],
]);

$app = null;
$server->on('workerStart', static function (Server $server, int $workerId) use (&$app): void {
    $app = Application::boot(['quota_per_cell' => (int) (getenv('QUOTA_PER_CELL') ?: 2500)]);
});
$server->on('request', static function (Request $request, Response $response) use (&$app): void {
    $app->handle($request, $response);
});
$server->start();
