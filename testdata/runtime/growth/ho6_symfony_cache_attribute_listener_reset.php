<?php
// A worker-mode HTTP kernel keeps a CacheAttributeListener whose per-request Last-Modified/ETag SplObjectStorage entries are only detached on kernel.response, which never fires for requests that end in an exception.
// https://github.com/symfony/symfony/pull/60934

interface ResetInterface
{
    public function reset(): void;
}

final class Request
{
    public array $attributes = [];

    public function __construct(public readonly string $path, public readonly array $headers) {}
}

final class Response
{
    public array $headers = [];

    public function __construct(public string $content = '', public int $status = 200) {}
}

final class NotFoundHttpException extends RuntimeException {}

final class Cache
{
    public function __construct(public readonly string $lastModified, public readonly string $etag) {}
}

final class CacheAttributeListener
{
    private SplObjectStorage $lastModified;
    private SplObjectStorage $etags;

    public function __construct()
    {
        $this->lastModified = new SplObjectStorage();
        $this->etags = new SplObjectStorage();
    }

    public function onKernelControllerArguments(Request $request, Cache $cache): void
    {
        $product = $request->attributes['product'];
        $this->lastModified[$request] = new DateTimeImmutable('@' . $product[$cache->lastModified]); // leak
        $this->etags[$request] = hash('sha256', $product[$cache->etag] . $request->path); // leak
    }

    public function onKernelResponse(Request $request, Response $response): void
    {
        if (isset($this->lastModified[$request])) {
            $response->headers['Last-Modified'] = $this->lastModified[$request]->format(DATE_RFC7231);
            unset($this->lastModified[$request]);
        }
        if (isset($this->etags[$request])) {
            $response->headers['ETag'] = '"' . $this->etags[$request] . '"';
            unset($this->etags[$request]);
        }
    }
}

final class ServicesResetter
{
    public function __construct(private iterable $services) {}

    public function reset(): void
    {
        foreach ($this->services as $service) {
            if ($service instanceof ResetInterface) {
                $service->reset();
            }
        }
    }
}

final class HttpKernel
{
    public function __construct(private CacheAttributeListener $cacheListener, private array $catalog) {}

    public function handle(Request $request): Response
    {
        $id = (int) substr($request->path, strlen('/products/'));
        $request->attributes['product'] = $this->catalog[$id % count($this->catalog)];
        $this->cacheListener->onKernelControllerArguments($request, new Cache('updatedAt', 'revision'));
        if ($id % 2 === 1) {
            throw new NotFoundHttpException('Product ' . $id . ' is no longer sold');
        }
        $response = new Response(json_encode($request->attributes['product']));
        $this->cacheListener->onKernelResponse($request, $response);
        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$catalog = [];
for ($p = 0; $p < 16; $p++) {
    $catalog[] = ['sku' => "SKU-$p", 'name' => "Product $p", 'updatedAt' => 1700000000 + $p * 60, 'revision' => "r$p"];
}
$listener = new CacheAttributeListener();
$kernel = new HttpKernel($listener, $catalog);
$resetter = new ServicesResetter([$listener]);
for ($i = 0; $i < $n; $i++) {
    $headers = [
        'host' => 'shop.example.com',
        'accept' => 'application/json',
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
        'x-request-id' => bin2hex(pack('N', $i)) . str_repeat('0', 24),
        'cookie' => 'session=' . md5((string) $i) . '; consent=all',
    ];
    try {
        $response = $kernel->handle(new Request('/products/' . $i, $headers));
    } catch (NotFoundHttpException $e) {
        $response = new Response('Not Found', 404);
    }
    $resetter->reset();
}
