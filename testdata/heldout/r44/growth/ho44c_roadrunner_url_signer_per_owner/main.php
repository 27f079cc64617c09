<?php

use App\Http\Controller\SignedUrlController;
use App\Http\Kernel;
use App\Http\Middleware\RequireApiToken;
use App\Signing\UrlSigner;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\Goridge\RelayInterface;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

require __DIR__ . '/vendor/autoload.php';

$config = require __DIR__ . '/config/signing.php';

UrlSigner::boot($config['master_key'], $config['buckets']);

$kernel = new Kernel(
    [new RequireApiToken($config['api_tokens'])],
    ['#^/v1/sign/(?P<bucket>[a-z0-9-]+)/(?P<owner>[A-Za-z0-9_-]+)/(?P<file>[A-Za-z0-9_./-]+)$#' => new SignedUrlController()],
);

/**
 * Local relay used by `make serve-replay`: replays the request mix captured
 * at the edge instead of reading frames from the RoadRunner pipes.
 */
final class EdgeReplayRelay implements RelayInterface
{
    private int $seq = 0;

    public function receive(): ?array
    {
        $n = $this->seq++;
        $bucket = ['renditions', 'renditions', 'originals', 'uploads'][$n % 4];
        $owner = 'u' . (730000 + $n * 3);
        $visibility = ['public', 'unlisted', 'private'][$n % 3];

        return [
            'method' => 'GET',
            'uri' => "/v1/sign/{$bucket}/{$owner}/" . substr(sha1((string) $n), 0, 16) . ".jpg?visibility={$visibility}&ttl=" . (300 * (1 + $n % 6)),
            'headers' => ['Authorization' => ['Bearer ' . ['tok_3b1f0c9e7a', 'tok_8d2e6a4c1f', 'tok_5c7b9e3a2d'][$n % 3]]],
            'body' => '',
        ];
    }

    public function send(array $frame): void
    {
    }
}

$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(new EdgeReplayRelay()), $factory, $factory, $factory);

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($kernel->handle($request));
    } catch (Throwable $e) {
        $psr7->respond($factory->createResponse(500));
    }
}
