<?php

declare(strict_types=1);

namespace App\Cms;

final class Page
{
    /** @var array<string, Region> */
    private array $regions = [];

    public function __construct(
        public readonly string $slug,
        public readonly string $title,
    ) {
    }

    public function region(string $name): Region
    {
        return $this->regions[$name] ??= new Region($name);
    }

    public function render(): string
    {
        $body = '';
        foreach ($this->regions as $region) {
            $body .= $region->render();
        }

        return sprintf('<!doctype html><title>%s</title><main>%s</main>', htmlspecialchars($this->title), $body);
    }
}
