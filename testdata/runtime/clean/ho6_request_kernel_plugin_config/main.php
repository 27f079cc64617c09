<?php
// A worker boots a fresh RequestKernel per request; the kernel creates each plugin with `new $class($this->pluginSettings)` and keeps it in its plugin map.

require __DIR__ . '/Plugin/KernelPlugin.php';
require __DIR__ . '/Plugin/CorsPlugin.php';
require __DIR__ . '/Plugin/LocalePlugin.php';
require __DIR__ . '/RequestKernel.php';

final class WorkerLoop
{
    public function __construct(private array $config) {}

    public function serve(array $request): array
    {
        $settings = $this->config + ['request.trace' => $request['trace']];
        $kernel = new RequestKernel($settings, [CorsPlugin::class, LocalePlugin::class]);
        $kernel->boot();
        return $kernel->handle($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$loop = new WorkerLoop([
    'cors.origins' => ['https://app.example.com', 'https://admin.example.com'],
    'locale' => 'en',
]);
for ($i = 0; $i < $n; $i++) {
    $loop->serve([
        'origin' => $i % 2 ? 'https://app.example.com' : 'https://evil.example.net',
        'accept_language' => $i % 3 ? 'de-DE,de;q=0.9' : '',
        'headers' => [],
        'trace' => str_repeat("span-{$i};", 80),
    ]);
}
