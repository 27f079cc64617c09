<?php
// An image service signs thumbnail URLs. It caches one signing policy
// per preset and image, keyed through a path helper: every new image
// adds a policy to the cache.

final class ThumbConfig
{
    /** @param list<string> $presets */
    public function __construct(public readonly array $presets, public readonly string $secret)
    {
    }
}

final class ThumbSigner
{
    /** @var array<string, string> */
    private array $policies = [];

    public function __construct(private ThumbConfig $config)
    {
    }

    public function url(string $preset, string $image): string
    {
        $preset = in_array($preset, $this->config->presets, true) ? $preset : $this->config->presets[0];
        $key = $this->pathFor($preset, $image);
        $policy = $this->policies[$key] ??= hash_hmac('sha256', $key, $this->config->secret) . '|' . str_repeat($key, 12); // leak

        return $this->pathFor($preset, $image) . '?sig=' . $policy;
    }

    private function pathFor(string $preset, string $image): string
    {
        return sprintf('/thumbs/%s/%s', $preset, ltrim($image, '/'));
    }
}

$signer = new ThumbSigner(new ThumbConfig(['small', 'medium', 'large'], 'k3y'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $signer->url(['small', 'medium', 'large', 'huge'][$i % 4], 'uploads/' . (400000 + $i) . '.jpg');
}
