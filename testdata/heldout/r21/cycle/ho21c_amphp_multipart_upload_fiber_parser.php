<?php

declare(strict_types=1);

namespace App\Upload {

    final class Part
    {
        public function __construct(
            public readonly string $name,
            public readonly string $filename,
            public readonly string $contents,
        ) {
        }
    }

    /**
     * Incremental multipart parser running in its own fiber: the HTTP layer
     * feeds body chunks as they arrive, the parser suspends between chunks.
     */
    final class UploadParser
    {
        public static function run(ChunkedUpload $upload, string $boundary): void
        {
            $buffer = '';
            $delimiter = "--$boundary\r\n";
            while (($chunk = \Fiber::suspend()) !== null) {
                $buffer .= $chunk;
                while (\strlen($buffer) > 1 && ($end = strpos($buffer, "\r\n--$boundary", 1)) !== false) {
                    $raw = substr($buffer, \strlen($delimiter), $end - \strlen($delimiter));
                    $upload->addPart(self::parsePart($raw));
                    $buffer = substr($buffer, $end + 2);
                    if (str_starts_with($buffer, "--$boundary--")) {
                        $upload->markComplete();
                        $buffer = '';
                    }
                }
            }
        }

        private static function parsePart(string $raw): Part
        {
            [$head, $body] = explode("\r\n\r\n", $raw, 2) + [1 => ''];
            preg_match('/name="([^"]*)"(?:; filename="([^"]*)")?/', $head, $m);

            return new Part($m[1] ?? 'unnamed', $m[2] ?? '', $body);
        }
    }

    final class ChunkedUpload
    {
        private \Fiber $parser;
        /** @var list<Part> */
        private array $parts = [];
        private bool $complete = false;

        public function __construct(public readonly string $uploadId, string $boundary)
        {
            $this->parser = new \Fiber(UploadParser::run(...)); // leak
            $this->parser->start($this, $boundary); // leak
        }

        public function feed(string $chunk): void
        {
            $this->parser->resume($chunk);
        }

        public function addPart(Part $part): void
        {
            $this->parts[] = $part;
        }

        public function markComplete(): void
        {
            $this->complete = true;
        }

        /** @return list<Part> */
        public function finish(): array
        {
            if (!$this->complete) {
                throw new \RuntimeException("upload {$this->uploadId} ended before the closing boundary");
            }

            return $this->parts;
        }
    }
}

namespace App\Http {

    use App\Upload\ChunkedUpload;

    final class AvatarUploadHandler
    {
        private int $stored = 0;

        /** @param iterable<string> $bodyChunks the request body as the server streams it */
        public function handle(string $contentType, iterable $bodyChunks): array
        {
            if (!preg_match('/boundary=(\S+)/', $contentType, $m)) {
                return ['status' => 400];
            }
            $upload = new ChunkedUpload(bin2hex(random_bytes(6)), $m[1]);
            foreach ($bodyChunks as $chunk) {
                $upload->feed($chunk);
            }
            $files = [];
            foreach ($upload->finish() as $part) {
                $files[] = ['field' => $part->name, 'file' => $part->filename, 'size' => \strlen($part->contents)];
                $this->stored++;
            }

            return ['status' => 201, 'upload' => $upload->uploadId, 'files' => $files];
        }
    }
}

namespace {

    use App\Http\AvatarUploadHandler;

    function multipart_body(string $boundary, int $i): string
    {
        $image = base64_encode(random_bytes(600));

        return "--$boundary\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\n" . (900 + $i)
            . "\r\n--$boundary\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"me-$i.png\"\r\nContent-Type: image/png\r\n\r\n$image"
            . "\r\n--$boundary--\r\n";
    }

    $handler = new AvatarUploadHandler();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        // amphp/http-server: the request body arrives as a stream of chunks
        $boundary = '----WebKitFormBoundary' . substr(md5((string) $i), 0, 16);
        $chunks = str_split(multipart_body($boundary, $i), 256);
        $handler->handle('multipart/form-data; boundary=' . $boundary, $chunks);
    }
}
