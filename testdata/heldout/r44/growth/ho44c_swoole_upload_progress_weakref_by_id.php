<?php

// upload-edge: receives photo uploads from the mobile apps and streams them
// into object storage. Runs under Swoole with coroutines enabled, so the
// progress endpoint is served while other uploads are still being read.

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
        public ?array $post = null;
        public int $fd = 0;
        private string $content = '';

        public static function create(array $server, array $header, array $get, string $content, int $fd): self
        {
            $request = new self();
            $request->server = $server;
            $request->header = $header;
            $request->get = $get;
            $request->content = $content;
            $request->fd = $fd;

            return $request;
        }

        public function rawContent(): string
        {
            return $this->content;
        }
    }

    class Response
    {
        private int $statusCode = 200;
        private array $headers = [];
        private bool $finished = false;

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): bool
        {
            // written to the client socket
            $this->finished = true;

            return strlen($content) >= 0;
        }
    }

    class Server
    {
        private array $settings = [];
        private array $callbacks = [];
        /** @var callable|null */
        private $replaySource = null;

        public function __construct(public string $host = '0.0.0.0', public int $port = 9501)
        {
        }

        public function set(array $settings): void
        {
            $this->settings = $settings + $this->settings;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        /** Dev helper: feed recorded requests instead of accepting sockets. */
        public function replay(callable $source): void
        {
            $this->replaySource = $source;
        }

        public function start(): bool
        {
            if (isset($this->callbacks['workerstart'])) {
                ($this->callbacks['workerstart'])($this, 0);
            }

            // max_request: the manager recycles the worker after this many requests
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $max; $i++) {
                $request = ($this->replaySource)($i);
                ($this->callbacks['request'])($request, new Response());
            }

            return true;
        }
    }
}

namespace App\Storage {
    final class ObjectStore
    {
        private int $bytesWritten = 0;

        public function put(string $key, string $bytes, array $metadata): string
        {
            // multipart PUT to the originals bucket
            $this->bytesWritten += strlen($bytes);

            return '"' . md5($bytes) . '"';
        }
    }
}

namespace App\Upload {
    final class ChunkedUpload
    {
        private string $buffer = '';
        public int $receivedBytes = 0;

        public function __construct(
            public readonly string $id,
            public readonly string $ownerId,
            public readonly string $filename,
            public readonly string $mime,
            public readonly int $totalBytes,
        ) {
        }

        public function append(string $chunk): void
        {
            $this->buffer .= $chunk;
            $this->receivedBytes += strlen($chunk);
        }

        public function isComplete(): bool
        {
            return $this->receivedBytes >= $this->totalBytes;
        }

        public function contents(): string
        {
            return $this->buffer;
        }
    }

    /**
     * In-flight uploads of this worker, read by GET /uploads/{id}/progress
     * from another coroutine while the body is still arriving.
     */
    final class UploadProgress
    {
        private static ?self $instance = null;

        /** @var array<string, array{upload: \WeakReference, client: string, userAgent: string, ownerId: string, filename: string, mime: string, expectedBytes: int, startedAt: float, requestId: string}> */
        private array $inflight = [];

        public static function instance(): self
        {
            return self::$instance ??= new self();
        }

        public function track(ChunkedUpload $upload, string $client, string $userAgent): void
        {
            // weak: progress must never keep a finished upload's buffer alive
            $this->inflight[$upload->id] = [ // leak
                'upload' => \WeakReference::create($upload),
                'client' => $client,
                'userAgent' => $userAgent,
                'ownerId' => $upload->ownerId,
                'filename' => $upload->filename,
                'mime' => $upload->mime,
                'expectedBytes' => $upload->totalBytes,
                'startedAt' => microtime(true),
                'requestId' => bin2hex(random_bytes(8)),
            ];
        }

        public function progress(string $uploadId): ?array
        {
            $entry = $this->inflight[$uploadId] ?? null;
            $upload = $entry === null ? null : $entry['upload']->get();
            if ($upload === null) {
                return null;
            }

            return [
                'filename' => $entry['filename'],
                'received' => $upload->receivedBytes,
                'total' => $upload->totalBytes,
                'elapsed' => round(microtime(true) - $entry['startedAt'], 3),
            ];
        }
    }

    final class UploadController
    {
        private const CHUNK = 16384;
        private const ACCEPTED = ['image/jpeg', 'image/heic', 'image/png', 'image/webp'];

        public function __construct(private \App\Storage\ObjectStore $store)
        {
        }

        public function receive(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $mime = $request->header['content-type'] ?? '';
            if (!in_array($mime, self::ACCEPTED, true)) {
                $response->status(415);
                $response->end();

                return;
            }

            $body = $request->rawContent();
            $upload = new ChunkedUpload(
                $request->header['x-upload-id'] ?? bin2hex(random_bytes(16)),
                $request->header['x-user-id'] ?? 'anonymous',
                basename($request->get['filename'] ?? 'upload.bin'),
                $mime,
                (int) ($request->header['content-length'] ?? strlen($body)),
            );

            UploadProgress::instance()->track(
                $upload,
                $request->server['remote_addr'] ?? '',
                $request->header['user-agent'] ?? '',
            );

            foreach (str_split($body, self::CHUNK) as $chunk) {
                $upload->append($chunk);
            }

            if (!$upload->isComplete()) {
                $response->status(400);
                $response->end('{"error":"truncated"}');

                return;
            }

            $etag = $this->store->put("originals/{$upload->ownerId}/{$upload->id}", $upload->contents(), [
                'content-type' => $upload->mime,
                'x-original-filename' => $upload->filename,
            ]);

            $response->status(201);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode(['id' => $upload->id, 'etag' => $etag]));
        }

        public function progress(\Swoole\Http\Request $request, \Swoole\Http\Response $response, string $uploadId): void
        {
            $progress = UploadProgress::instance()->progress($uploadId);
            $response->status($progress === null ? 404 : 200);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode($progress ?? ['error' => 'not_in_flight']));
        }
    }
}

namespace {
    use App\Storage\ObjectStore;
    use App\Upload\UploadController;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 4, 'enable_coroutine' => true, 'package_max_length' => 64 * 1024 * 1024]);

    $controller = null;
    $server->on('workerStart', static function (Server $server, int $workerId) use (&$controller): void {
        $controller = new UploadController(new ObjectStore());
    });

    $server->on('request', static function (Request $request, Response $response) use (&$controller): void {
        $path = $request->server['request_uri'] ?? '/';
        if (preg_match('#^/uploads/([a-f0-9]{32})/progress$#', $path, $m)) {
            $controller->progress($request, $response, $m[1]);
        } elseif ($path === '/uploads' && ($request->server['request_method'] ?? '') === 'POST') {
            $controller->receive($request, $response);
        } else {
            $response->status(404);
            $response->end();
        }
    });

    $photo = str_repeat("\xFF\xD8\xFF\xE0JFIF", 5000);
    $agents = [
        'SnapShelf/7.4.1 (iPhone15,2; iOS 17.5.1; Scale/3.00) Alamofire/5.9.1',
        'SnapShelf/7.4.0 (Pixel 8 Pro; Android 14; okhttp/4.12.0)',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    ];

    $server->replay(static function (int $i) use ($photo, $agents): Request {
        $uploadId = md5('upload-' . $i);
        if ($i % 10 === 9) {
            return Request::create(
                ['request_uri' => '/uploads/' . md5('upload-' . ($i - 1)) . '/progress', 'request_method' => 'GET', 'remote_addr' => '10.20.' . ($i % 250) . '.7'],
                ['user-agent' => $agents[$i % 3]],
                [],
                '',
                $i,
            );
        }

        return Request::create(
            ['request_uri' => '/uploads', 'request_method' => 'POST', 'remote_addr' => '10.20.' . ($i % 250) . '.7'],
            [
                'content-type' => $i % 2 ? 'image/heic' : 'image/jpeg',
                'content-length' => (string) strlen($photo),
                'x-upload-id' => $uploadId,
                'x-user-id' => 'u' . (40000 + $i % 900),
                'user-agent' => $agents[$i % 3],
            ],
            ['filename' => sprintf('IMG_%04d.%s', 1000 + $i, $i % 2 ? 'HEIC' : 'JPG')],
            $photo,
            $i,
        );
    });

    $server->start();
}
