<?php
// A multi-domain Octane CMS renders pages with the Vite singleton, which records every preloaded asset URL (per customer domain) and is never flushed between requests.
// https://github.com/laravel/framework/pull/55228

final class Vite
{
    protected array $preloadedAssets = [];
    protected ?string $nonce = null;

    public function __construct(private array $manifest) {}

    public function __invoke(string $host, array $entrypoints): string
    {
        $tags = [];
        foreach ($entrypoints as $entrypoint) {
            $chunk = $this->manifest[$entrypoint];
            foreach ($chunk['css'] ?? [] as $css) {
                $tags[] = $this->makeTag("https://{$host}/build/{$css}", 'style');
            }
            $tags[] = $this->makeTag("https://{$host}/build/{$chunk['file']}", 'modulepreload');
        }
        return implode("\n", $tags);
    }

    private function makeTag(string $url, string $rel): string
    {
        $attributes = $rel === 'style'
            ? ['rel' => 'preload', 'as' => 'style', 'href' => $url, 'nonce' => $this->nonce, 'crossorigin' => 'anonymous']
            : ['rel' => 'modulepreload', 'href' => $url, 'nonce' => $this->nonce, 'integrity' => false];
        $this->preloadedAssets[$url] = $attributes; // leak

        $html = '';
        foreach ($attributes as $name => $value) {
            $html .= $value === null || $value === false ? '' : " {$name}=\"{$value}\"";
        }
        return "<link{$html} />";
    }

    public function preloadedAssets(): array
    {
        return $this->preloadedAssets;
    }

    public function flush(): void
    {
        $this->preloadedAssets = [];
    }
}

final class AddLinkHeadersForPreloadedAssets
{
    public function __construct(private Vite $vite) {}

    public function handle(array $response): array
    {
        $links = [];
        foreach ($this->vite->preloadedAssets() as $url => $attributes) {
            $links[] = "<{$url}>; rel=\"{$attributes['rel']}\"";
        }
        $response['headers']['Link'] = implode(', ', $links);
        return $response;
    }
}

final class FlushVite
{
    public function handle(Vite $vite): void
    {
        $vite->flush();
    }
}

final class Kernel
{
    public function __construct(private Vite $vite, private array $requestHandledListeners) {}

    public function handle(string $host, string $page): array
    {
        $head = ($this->vite)($host, ['resources/js/app.js', "resources/js/Pages/{$page}.vue"]);
        $response = ['status' => 200, 'headers' => [], 'body' => "<html><head>{$head}</head><body></body></html>"];
        $response = (new AddLinkHeadersForPreloadedAssets($this->vite))->handle($response);
        foreach ($this->requestHandledListeners as $listener) {
            $listener->handle($this->vite);
        }
        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$vite = new Vite([
    'resources/js/app.js' => ['file' => 'assets/app-4ed993c7.js', 'css' => ['assets/app-2f3a1c9e.css']],
    'resources/js/Pages/Home.vue' => ['file' => 'assets/Home-9b1e77d2.js', 'css' => []],
    'resources/js/Pages/Blog.vue' => ['file' => 'assets/Blog-1c0d5a44.js', 'css' => ['assets/Blog-77ab01fe.css']],
]);
$kernel = new Kernel($vite, []);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle("customer-{$i}.sites.example-cms.com", $i % 2 ? 'Home' : 'Blog');
}
