<?php

declare(strict_types=1);

namespace CmsKit\Shortcodes;

interface Shortcode
{
    /** @param array<string, string> $atts */
    public function render(array $atts, string $content, Context $context): string;
}

final class Context
{
    public function __construct(
        public readonly int $postId,
        public readonly string $tag,
    ) {
    }
}

final class ShortcodeRegistry
{
    /** @var array<string, Shortcode> */
    private array $handlers = [];

    public function add(string $tag, Shortcode $handler): void
    {
        $this->handlers[$tag] = $handler;
    }

    public function has(string $tag): bool
    {
        return isset($this->handlers[$tag]);
    }

    public function apply(string $content, int $postId): string
    {
        return (string) preg_replace_callback(
            '/\[(\w+)((?:\s+\w+="[^"]*")*)\s*\]/',
            function (array $m) use ($postId): string {
                $tag = strtolower($m[1]);
                if (!isset($this->handlers[$tag])) {
                    return $m[0];
                }

                return $this->handlers[$tag]->render($this->attributes($m[2]), '', new Context($postId, $tag));
            },
            $content,
        );
    }

    /** @return array<string, string> */
    public function attributes(string $text): array
    {
        preg_match_all('/(\w+)="([^"]*)"/', $text, $matches, PREG_SET_ORDER);
        $atts = [];
        foreach ($matches as $m) {
            $atts[strtolower($m[1])] = $m[2];
        }

        return $atts;
    }
}
