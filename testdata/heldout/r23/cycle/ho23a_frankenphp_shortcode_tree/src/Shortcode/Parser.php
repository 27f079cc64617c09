<?php

declare(strict_types=1);

namespace App\Shortcode;

final class Parser
{
    /** @param list<string> $tags registered at boot */
    public function __construct(private readonly array $tags)
    {
    }

    public function parse(string $content): ShortcodeNode
    {
        $root = new ShortcodeNode('#root', [], $content);
        $this->parseInto($root, $content);

        return $root;
    }

    private function parseInto(ShortcodeNode $parent, string $content): void
    {
        $tags = implode('|', array_map('preg_quote', $this->tags));
        $pattern = '/\[(' . $tags . ')\b([^\]]*)\](?:(.*?)\[\/\1\])?/s';
        if (!preg_match_all($pattern, $content, $matches, PREG_SET_ORDER)) {
            return;
        }
        foreach ($matches as $m) {
            $node = new ShortcodeNode($m[1], $this->parseAtts($m[2]), $m[3] ?? '');
            $parent->append($node);
            if (($m[3] ?? '') !== '') {
                $this->parseInto($node, $m[3]);
            }
        }
    }

    /** @return array<string, string> */
    private function parseAtts(string $text): array
    {
        preg_match_all('/(\w+)="([^"]*)"/', $text, $pairs, PREG_SET_ORDER);
        $atts = [];
        foreach ($pairs as [, $key, $value]) {
            $atts[strtolower($key)] = $value;
        }

        return $atts;
    }
}
