<?php

declare(strict_types=1);

namespace App\Plugins;

use Closure;

/** Turns ((inline notes)) into numbered footnotes at the end of the post. */
final class Footnotes
{
    public function __construct(private string $idPrefix)
    {
    }

    /** The_content filter for one post. */
    public function filterFor(array $post): Closure
    {
        $prefix = $this->idPrefix . '-' . $post['ID'];
        $notes = [];
        preg_match_all('/\(\((.+?)\)\)/s', $post['post_content'], $matches);
        foreach ($matches[1] as $n => $note) {
            $notes[$n + 1] = trim($note);
        }

        return static function (string $content) use ($prefix, $notes): string {
            $n = 0;
            $content = preg_replace_callback('/\(\((.+?)\)\)/s', static function () use (&$n, $prefix): string {
                $n++;

                return "<sup id=\"{$prefix}-ref-{$n}\"><a href=\"#{$prefix}-{$n}\">{$n}</a></sup>";
            }, $content);
            $list = '';
            foreach ($notes as $i => $note) {
                $list .= "<li id=\"{$prefix}-{$i}\">" . htmlspecialchars($note) . " <a href=\"#{$prefix}-ref-{$i}\">&#8617;</a></li>";
            }

            return $content . ($list === '' ? '' : "<ol class=\"footnotes\">{$list}</ol>");
        };
    }
}
