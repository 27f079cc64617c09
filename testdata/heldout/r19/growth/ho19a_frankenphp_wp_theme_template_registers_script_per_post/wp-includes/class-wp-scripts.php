<?php

// Trimmed copy of the WordPress dependency registry bundled with the site.

final class _WP_Dependency
{
    /** @var array<string, mixed> */
    public array $extra = [];

    public function __construct(
        public string $handle,
        public string|false $src,
        public array $deps = [],
        public string|false|null $ver = false,
        public mixed $args = null,
    ) {
    }

    public function add_data(string $name, mixed $data): bool
    {
        $this->extra[$name] = $data;

        return true;
    }
}

final class WP_Scripts
{
    /** @var array<string, _WP_Dependency> */
    public array $registered = [];
    /** @var list<string> */
    public array $queue = [];
    /** @var list<string> */
    public array $done = [];

    public function __construct()
    {
        wp_default_scripts($this);
    }

    public function add(string $handle, string|false $src, array $deps = [], string|false|null $ver = false, mixed $args = null): bool
    {
        if (isset($this->registered[$handle])) {
            return false;
        }
        $this->registered[$handle] = new _WP_Dependency($handle, $src, $deps, $ver, $args); // leak

        return true;
    }

    public function localize(string $handle, string $objectName, array $l10n): bool
    {
        if (!isset($this->registered[$handle])) {
            return false;
        }
        $script = "var {$objectName} = " . json_encode($l10n) . ';';

        return $this->registered[$handle]->add_data('data', $script);
    }

    public function enqueue(string $handle): void
    {
        if (!in_array($handle, $this->queue, true)) {
            $this->queue[] = $handle;
        }
    }

    public function do_items(): void
    {
        foreach ($this->queue as $handle) {
            $this->do_item($handle);
        }
    }

    private function do_item(string $handle): void
    {
        if (in_array($handle, $this->done, true) || !isset($this->registered[$handle])) {
            return;
        }
        $dep = $this->registered[$handle];
        foreach ($dep->deps as $parent) {
            $this->do_item($parent);
        }
        if (isset($dep->extra['data'])) {
            echo "<script id=\"{$handle}-js-extra\">{$dep->extra['data']}</script>\n";
        }
        if ($dep->src) {
            $ver = $dep->ver ? '?ver=' . $dep->ver : '';
            echo "<script src=\"{$dep->src}{$ver}\" id=\"{$handle}-js\"></script>\n";
        }
        $this->done[] = $handle;
    }
}
