<?php

declare(strict_types=1);

namespace Quill\Template;

final class Engine
{
    /** @var array<string, string> */
    private array $sources = [];

    public function __construct(
        private HelperRegistry $helpers,
        private string $locale = 'en',
        private string $currency = 'USD',
    ) {
    }

    public function addTemplate(string $name, string $source): void
    {
        $this->sources[$name] = $source;
    }

    /** @param array<string, mixed> $vars */
    public function render(string $name, array $vars): string
    {
        if (!isset($this->sources[$name])) {
            throw new \RuntimeException(sprintf('Template "%s" not found.', $name));
        }
        $template = new Template($this->sources[$name], $vars, $this->locale, $this->currency, $this->helpers);

        return $template->render();
    }
}
