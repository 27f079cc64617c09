<?php

declare(strict_types=1);

require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/vendor/monolog/monolog/Logger.php';
require __DIR__ . '/src/Logging/RequestLogContext.php';
require __DIR__ . '/src/Withdrawal/WithdrawalLimitPolicy.php';
require __DIR__ . '/src/Withdrawal/WithdrawalController.php';

use App\Logging\RequestLogContext;
use App\Withdrawal\WithdrawalController;
use App\Withdrawal\WithdrawalLimitPolicy;
use FrankenPHP\Testing\RequestFeed;
use Monolog\Handler\SocketJsonHandler;
use Monolog\Logger;

// Simulated traffic from the web app: a handful of accounts withdrawing.
RequestFeed::use((function (int $n): Generator {
    $assets = [['BTC', 'bitcoin', 'bc1q%012x7h3kq0tq9a8z6r5w4e3d2s1'], ['ETH', 'ethereum', '0x%012x5b6c7d8e9f0a1b2c3d4e5f6a7b'], ['USDT', 'tron', 'TQ%012xn2xJ8gmqZ8g4M1jWc']];
    $t = 1_712_275_200;
    for ($i = 0; $i < $n; $i++) {
        [$asset, $network, $fmt] = $assets[$i % 3];
        yield [
            'server' => [
                'REQUEST_METHOD' => 'POST',
                'REQUEST_URI' => '/api/v1/withdrawals',
                'REQUEST_TIME' => $t + $i * 2,
                'REMOTE_ADDR' => '203.0.113.' . (10 + $i % 5),
                'HTTP_X_ACCOUNT_ID' => (string) (1001 + $i % 5),
                'HTTP_X_REQUEST_ID' => sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x6e1f0000 + $i, $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 7919),
            ],
            'post' => [
                'asset' => $asset,
                'network' => $network,
                'address' => sprintf($fmt, 0xabc000 + $i % 7),
                'amount' => $asset === 'USDT' ? (string) (1500 + $i % 900) : number_format(0.05 + ($i % 9) * 0.05, 8, '.', ''),
            ],
        ];
    }
})((int) (getenv('PHPLEAK_N') ?: 100)));

// Worker boot: services live for the whole worker.
$logger = new Logger('withdrawals');
$logger->pushHandler(new SocketJsonHandler('udp://127.0.0.1:5170'));
$logger->pushProcessor(RequestLogContext::current());
$controller = new WithdrawalController(new WithdrawalLimitPolicy([1001 => 1, 1002 => 1, 1003 => 2, 1004 => 1, 1005 => 1]), $logger);

$handler = static function () use ($controller): void {
    [$status, $body] = $controller->create($_POST, $_SERVER);
    http_response_code($status);
    echo json_encode($body);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
