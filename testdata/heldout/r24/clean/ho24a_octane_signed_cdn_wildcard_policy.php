<?php

declare(strict_types=1);

namespace App\Media\Cdn;

final class CdnConfig
{
    /** @param list<string> $presets */
    public function __construct(
        public readonly string $baseUrl,
        public readonly string $keyPairId,
        public readonly string $privateKey,
        public readonly array $presets,
        public readonly int $ttlSeconds,
    ) {
    }
}

final class SignaturePolicy
{
    public function __construct(
        public readonly string $resource,
        public readonly int $expiresAt,
        public readonly string $document,
        public readonly string $signature,
    ) {
    }

    public function isExpired(int $now): bool
    {
        return $this->expiresAt - 30 <= $now;
    }
}

/**
 * CloudFront-style custom-policy signer. Building a policy means a JSON
 * document plus an HMAC, so the signer memoises one wildcard policy per
 * rendition preset and only rebuilds it once it is about to expire.
 */
final class UrlSigner
{
    private static ?UrlSigner $instance = null;

    /** @var array<string, SignaturePolicy> */
    private array $policies = [];

    private function __construct(private readonly CdnConfig $config)
    {
    }

    public static function boot(CdnConfig $config): void
    {
        self::$instance = new self($config);
    }

    public static function instance(): self
    {
        return self::$instance ?? throw new \LogicException('UrlSigner::boot() was not called');
    }

    public function policyFor(string $preset, string $assetPath, int $now): SignaturePolicy
    {
        $preset = $this->normalizePreset($preset);
        $key = $this->policyKey($preset);
        $policy = $this->policies[$key] ?? null;
        if ($policy === null || $policy->isExpired($now)) {
            $policy = $this->buildPolicy($this->resourceFor($preset), $now + $this->config->ttlSeconds);
            $this->policies[$key] = $policy;
        }

        return $policy;
    }

    public function sign(string $preset, string $assetPath, int $now): string
    {
        $policy = $this->policyFor($preset, $assetPath, $now);

        return sprintf(
            '%s/%s?Policy=%s&Signature=%s&Key-Pair-Id=%s',
            rtrim($this->config->baseUrl, '/'),
            ltrim($this->resourcePath($preset, $assetPath), '/'),
            rawurlencode(base64_encode($policy->document)),
            $policy->signature,
            $this->config->keyPairId,
        );
    }

    private function normalizePreset(string $preset): string
    {
        return in_array($preset, $this->config->presets, true) ? $preset : $this->config->presets[0];
    }

    private function policyKey(string $preset): string
    {
        return $preset . '|' . $this->resourcePath($preset, 'courses/*/lectures/*');
    }

    private function resourcePath(string $preset, string $assetPath): string
    {
        return sprintf('%s/%s/master.m3u8', trim($assetPath, '/'), $preset);
    }

    private function resourceFor(string $preset): string
    {
        return rtrim($this->config->baseUrl, '/') . '/' . $this->resourcePath($preset, 'courses/*/lectures/*');
    }

    private function buildPolicy(string $resource, int $expiresAt): SignaturePolicy
    {
        $document = json_encode([
            'Statement' => [[
                'Resource' => $resource,
                'Condition' => [
                    'DateLessThan' => ['AWS:EpochTime' => $expiresAt],
                    'DateGreaterThan' => ['AWS:EpochTime' => $expiresAt - $this->config->ttlSeconds],
                    'IpAddress' => ['AWS:SourceIp' => '0.0.0.0/0'],
                ],
            ]],
        ], JSON_UNESCAPED_SLASHES);

        return new SignaturePolicy(
            $resource,
            $expiresAt,
            $document,
            hash_hmac('sha256', $document, $this->config->privateKey),
        );
    }
}

final class StreamController
{
    public function show(array $route, array $query, int $now): array
    {
        $videoId = (int) $route['video'];
        $assetPath = sprintf('courses/%s/lectures/%06d', $route['course'], $videoId);

        return [
            'status' => 200,
            'body' => json_encode([
                'video' => $videoId,
                'manifest' => UrlSigner::instance()->sign($query['preset'] ?? 'hd', $assetPath, $now),
            ]),
        ];
    }
}

// --- Octane-style worker: boot once, then serve requests -------------------

UrlSigner::boot(new CdnConfig(
    'https://cdn.example-learning.com',
    'K2JCJMDEHXQW5F',
    str_repeat('s3cr3t-', 8),
    ['hd', 'sd', 'audio'],
    3600,
));

$controller = new StreamController();
$courses = ['intro-to-php', 'laravel-at-scale', 'video-editing-101'];
$presets = ['hd', 'sd', 'audio', '4k'];
$bootedAt = 1_700_000_000;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $controller->show(
        ['course' => $courses[$i % 3], 'video' => (string) (40_000 + $i)],
        ['preset' => $presets[$i % 4]],
        $bootedAt + intdiv($i, 10),
    );
    unset($response);
}
