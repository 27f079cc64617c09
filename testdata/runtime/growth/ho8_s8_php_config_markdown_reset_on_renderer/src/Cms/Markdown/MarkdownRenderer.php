<?php

namespace App\Cms\Markdown;

interface ExtensionInterface { public function onHeading(int $level, string $text, string $pageSlug): string; }

final class TocExtension implements ExtensionInterface
{
    private array $entries = [];

    public function onHeading(int $level, string $text, string $pageSlug): string
    {
        $anchor = $pageSlug . '--' . trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($text)), '-');
        $this->entries[$anchor] = ['page' => $pageSlug, 'level' => $level, 'text' => $text]; // leak
        return $anchor;
    }
}

final class MarkdownRenderer
{
    private array $extensions = [];
    private int $footnotes = 0;

    public function addExtension(ExtensionInterface $extension): void { $this->extensions[] = $extension; }

    public function render(string $markdown, string $pageSlug): string
    {
        $html = '';
        foreach (explode("\n", $markdown) as $line) {
            if (!preg_match('/^(#{1,6}) (.+)$/', $line, $m)) {
                $html .= '<p>' . str_replace('[^]', '<sup>' . ++$this->footnotes . '</sup>', $line) . '</p>';
                continue;
            }
            $id = array_reduce($this->extensions, fn (string $id, ExtensionInterface $e) => $e->onHeading(strlen($m[1]), $m[2], $pageSlug), '');
            $html .= sprintf('<h%1$d id="%2$s">%3$s</h%1$d>', strlen($m[1]), $id, $m[2]);
        }
        return $html;
    }

    public function reset(): void { $this->footnotes = 0; }
}
