<?php

declare(strict_types=1);

namespace Cms\Plugin;

final class PluginHost
{
    private static ?self $instance = null;

    /** @var array<string, Extension> */
    private array $active = [];

    /**
     * @param list<class-string<AbstractExtension>> $enabled
     */
    private function __construct(
        private readonly array $enabled,
        private readonly array $settings,
    ) {
    }

    public static function boot(array $enabled, array $settings): self
    {
        return self::$instance ??= new self($enabled, $settings);
    }

    public static function instance(): self
    {
        return self::$instance ?? throw new \LogicException('Plugin host not booted');
    }

    public function setting(string $key): string
    {
        return (string) ($this->settings[$key] ?? '');
    }

    /** @return list<Extension> */
    public function activate(RenderContext $context): array
    {
        $extensions = [];
        foreach ($this->enabled as $class) {
            $extensions[] = $this->instantiate($class, $context);
        }

        return $extensions;
    }

    public function active(string $class, RenderContext $context): ?Extension
    {
        return $this->active[$this->slot($class, $context)] ?? null;
    }

    private function instantiate(string $class, RenderContext $context): Extension
    {
        $extension = new $class($this, $context);
        $this->active[$this->slot($class, $context)] = $extension;

        return $extension;
    }

    private function slot(string $class, RenderContext $context): string
    {
        return $class;
    }
}
