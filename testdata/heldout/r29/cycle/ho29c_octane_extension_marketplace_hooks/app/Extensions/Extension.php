<?php

declare(strict_types=1);

namespace App\Extensions;

use PluginKit\Hooks\HookBag;

abstract class Extension
{
    private readonly HookBag $hooks;

    final public function __construct(protected readonly Manifest $manifest)
    {
        $this->hooks = new HookBag();
        $this->registerHooks($this->hooks);
    }

    abstract protected function registerHooks(HookBag $hooks): void;

    public function manifest(): Manifest
    {
        return $this->manifest;
    }

    /** @return list<string> problems found by the extension's own validate hooks */
    public function validate(ValidationContext $context): array
    {
        return $this->hooks->filter('validate', [], $context);
    }
}

final class ValidationContext
{
    /** @param list<string> $grantablePermissions */
    public function __construct(
        public readonly string $platformVersion,
        public readonly array $grantablePermissions,
        public readonly int $maxAssetBytes,
    ) {
    }
}

final class RunnerStepExtension extends Extension
{
    protected function registerHooks(HookBag $hooks): void
    {
        $hooks->on('validate', $this->checkPermissions(...), 20); // leak
        $hooks->on('validate', $this->checkPlatform(...)); // leak
    }

    /** @param list<string> $problems */
    private function checkPermissions(array $problems, ValidationContext $context): array
    {
        foreach (array_diff($this->manifest->permissions, $context->grantablePermissions) as $permission) {
            $problems[] = sprintf('%s asks for %s, which runner steps cannot be granted', $this->manifest->slug, $permission);
        }

        return $problems;
    }

    /** @param list<string> $problems */
    private function checkPlatform(array $problems, ValidationContext $context): array
    {
        $wanted = $this->manifest->requires['platform'] ?? '*';
        if ($wanted !== '*' && version_compare($context->platformVersion, ltrim($wanted, '>=^~'), '<')) {
            $problems[] = sprintf('%s@%s requires platform %s', $this->manifest->slug, $this->manifest->version, $wanted);
        }

        return $problems;
    }
}

final class ThemeExtension extends Extension
{
    protected function registerHooks(HookBag $hooks): void
    {
        $hooks->on('validate', $this->checkAssets(...)); // leak
    }

    /** @param list<string> $problems */
    private function checkAssets(array $problems, ValidationContext $context): array
    {
        $total = 0;
        foreach ($this->manifest->assets as $asset) {
            $total += $asset['size'];
            if (!preg_match('/^[a-f0-9]{64}$/', $asset['sha256'])) {
                $problems[] = sprintf('%s: asset %s has no valid sha256', $this->manifest->slug, $asset['path']);
            }
        }
        if ($total > $context->maxAssetBytes) {
            $problems[] = sprintf('%s: assets take %d bytes', $this->manifest->slug, $total);
        }

        return $problems;
    }
}
