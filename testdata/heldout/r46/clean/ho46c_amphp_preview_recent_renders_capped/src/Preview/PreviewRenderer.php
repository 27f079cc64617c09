<?php

namespace App\Preview;

use Closure;

final class PreviewRenderer
{
    /** @param array<string, Closure> $placeholders unbound renderers from config */
    public function __construct(private array $placeholders, private RecentRenders $recent)
    {
    }

    public function render(PreviewContext $context): string
    {
        $steps = [];
        foreach ($this->placeholders as $name => $placeholder) {
            $steps[$name] = Closure::bind($placeholder, $context, PreviewContext::class);
        }

        $renderer = Closure::bind(function () use ($steps): string {
            $out = [];
            foreach ($this->segments as $key => $text) {
                foreach ($steps as $step) {
                    $text = $step($text);
                }
                $out[] = "$key: $text";
            }
            return implode("\n", $out);
        }, $context, PreviewContext::class);

        $this->recent->push($context->previewId, $renderer);

        return $renderer();
    }
}
