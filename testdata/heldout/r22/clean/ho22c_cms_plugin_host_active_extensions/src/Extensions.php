<?php

declare(strict_types=1);

namespace Cms\Plugin;

final class RenderContext
{
    public function __construct(
        public readonly string $path,
        public readonly string $locale,
        public readonly array $page,
    ) {
    }
}

interface Extension
{
    public function name(): string;

    public function decorate(string $html): string;
}

abstract class AbstractExtension implements Extension
{
    public function __construct(
        protected readonly PluginHost $host,
        protected readonly RenderContext $context,
    ) {
    }

    public function name(): string
    {
        return strtolower((new \ReflectionClass($this))->getShortName());
    }
}

final class SeoExtension extends AbstractExtension
{
    public function decorate(string $html): string
    {
        $title = htmlspecialchars($this->context->page['title']);
        $canonical = $this->host->setting('base_url') . $this->context->path;

        return "<title>{$title}</title><link rel=\"canonical\" href=\"{$canonical}\">" . $html;
    }
}

final class ReadingTimeExtension extends AbstractExtension
{
    public function decorate(string $html): string
    {
        $minutes = max(1, intdiv(str_word_count(strip_tags($this->context->page['body'])), 200));

        return $html . sprintf('<small lang="%s">%d min read</small>', $this->context->locale, $minutes);
    }
}
