<?php
// A RoadRunner-style worker converts PHP warnings raised while handling an upload request into exceptions that carry the request context.

final class ServerRequest
{
    public function __construct(public string $uri, public array $headers, public array $uploaded) {}
}

final class PSR7Worker
{
    private int $count = 0;
    public array $sent = [];

    public function __construct(private int $limit) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->count >= $this->limit) {
            return null;
        }
        $i = $this->count++;
        return new ServerRequest("/uploads/avatar/{$i}", [
            'x-request-id' => md5("req{$i}"),
            'x-tenant' => 'tenant-' . ($i % 3),
            'content-type' => 'multipart/form-data; boundary=----WebKitFormBoundary' . bin2hex(random_bytes(8)),
        ], ['avatar' => ['name' => "me-{$i}.png", 'size' => 40960 + $i, 'tmp_name' => "/tmp/php{$i}", 'meta' => str_repeat('exif;', 60)]]);
    }

    public function respond(int $status, string $body): void { $this->sent = [$status, strlen($body)]; }
}

final class RequestAwareErrorException extends ErrorException
{
    public array $context = [];
}

final class ErrorHandling
{
    public static function convertWarningsFor(ServerRequest $request): void
    {
        set_error_handler(static function (int $severity, string $message, string $file, int $line) use ($request): bool { // leak
            $e = new RequestAwareErrorException($message, 0, $severity, $file, $line);
            $e->context = ['uri' => $request->uri, 'request_id' => $request->headers['x-request-id'] ?? null];
            throw $e;
        });
    }
}

final class AvatarController
{
    public function upload(ServerRequest $request): string
    {
        $file = $request->uploaded['avatar'];
        $ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
        return json_encode(['stored' => "avatars/{$request->headers['x-tenant']}/" . md5($file['name']) . ".{$ext}", 'size' => $file['size']]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n);
$controller = new AvatarController();
while ($req = $worker->waitRequest()) {
    ErrorHandling::convertWarningsFor($req);
    try {
        $worker->respond(200, $controller->upload($req));
    } catch (RequestAwareErrorException $e) {
        $worker->respond(500, $e->getMessage());
    }
}
