<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp/worker.php';
require __DIR__ . '/src/Streaming/RenditionLadder.php';
require __DIR__ . '/src/Streaming/SignedUrl.php';
require __DIR__ . '/src/Support/MemoizesPlaylists.php';
require __DIR__ . '/src/Streaming/MasterPlaylistRenderer.php';
require __DIR__ . '/src/Http/MasterPlaylistController.php';

use App\Http\MasterPlaylistController;
use App\Streaming\MasterPlaylistRenderer;

function simulated_requests(int $n): Generator
{
    $ladders = ['sd', 'hd', 'uhd', 'hd'];
    for ($i = 0; $i < $n; $i++) {
        $now = time();
        $video = 'v' . substr(md5('asset' . ($i % 400)), 0, 9);
        $query = [
            'Expires' => (string) ($now + 3600 + $i),
            'Policy' => rtrim(strtr(base64_encode(json_encode(['res' => "/vod/$video/*", 'ip' => '203.0.113.' . ($i % 250)])), '+/', '-_'), '='),
            'Signature' => hash_hmac('sha256', $video . $i, 'cdn-signing-key'),
        ];
        yield [
            'server' => [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => "/vod/$video/{$ladders[$i % 4]}/master.m3u8?" . http_build_query($query),
                'REQUEST_TIME' => $now,
                'HTTP_USER_AGENT' => 'AppleCoreMedia/1.0.0.21A' . (300 + $i % 50),
            ],
            'get' => $query,
        ];
    }
}

// worker boot: everything above the loop lives as long as the worker
$controller = new MasterPlaylistController(new MasterPlaylistRenderer('https://vod-cdn.example.com/hls'));
$served = 0;
$bytes = 0;
$handler = static function () use ($controller, &$served, &$bytes): void {
    [$status, $headers, $body] = $controller($_SERVER, $_GET);
    $served++;
    $bytes += strlen($body);
};

FrankenPHP\Stub\RequestFeed::$requests = simulated_requests((int) (getenv('PHPLEAK_N') ?: 100));
while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
