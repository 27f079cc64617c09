<?php
// A per-request plugin registry: every plugin is handed the registry that holds it.

final class PluginRegistry
{
    /** @var array<string, Plugin> */
    private array $plugins = [];

    public function register(Plugin $plugin): void
    {
        $plugin->registry = $this; // leak
        $this->plugins[$plugin->name] = $plugin; // leak
    }

    public function render(string $hook): string
    {
        $out = '';
        foreach ($this->plugins as $plugin) {
            $out .= $plugin->render($hook);
        }
        return $out;
    }
}

final class Plugin
{
    public ?PluginRegistry $registry = null;

    public function __construct(public readonly string $name, private string $template) {}

    public function render(string $hook): string
    {
        return str_replace('{hook}', $hook, $this->template);
    }
}

function renderPage(int $page): string
{
    $registry = new PluginRegistry();
    $registry->register(new Plugin('seo', '<meta name="{hook}" content="' . str_repeat('keywords,', 40) . '">'));
    $registry->register(new Plugin('analytics', "<script>track('{hook}', {$page})</script>"));
    return $registry->render('head');
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    renderPage($i);
}
