<?php

declare(strict_types=1);

namespace App\Preview;

final class LinkPreview
{
    public function __construct(public readonly string $url, public readonly string $title, public readonly string $description, public readonly ?string $image) {}
}

final class PreviewService
{
    private const MAX_ENTRIES = 100;

    /** @var array<string, LinkPreview> */
    private array $previews = [];

    public function preview(string $url): LinkPreview
    {
        if (!isset($this->previews[$url])) {
            if (count($this->previews) >= self::MAX_ENTRIES) {
                unset($this->previews[array_key_first($this->previews)]);
            }
            $this->previews[$url] = $this->fetch($url);
        }

        return $this->previews[$url];
    }

    private function fetch(string $url): LinkPreview
    {
        $host = parse_url($url, PHP_URL_HOST);
        $description = substr(str_repeat("Read the full story on {$host}: {$url}. ", 8), 0, 600);

        return new LinkPreview($url, ucfirst((string) $host) . ' article', $description, "https://{$host}/og.png");
    }
}
