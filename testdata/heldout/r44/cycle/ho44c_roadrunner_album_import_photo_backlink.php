<?php

// album-import: RoadRunner worker behind POST /v2/albums:import (Google
// Photos / Flickr takeout links). Builds the album aggregate, validates it
// and hands it to the persistence layer.

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;

        public function getPath(): string;

        public function getHeaderLine(string $name): string;

        public function getParsedBody(): ?array;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;

        public function getBody(): string;
    }
}

namespace Nyholm\Psr7 {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    class ServerRequest implements ServerRequestInterface
    {
        public function __construct(private string $method, private string $uri, private array $headers = [], private ?array $parsedBody = null)
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return (string) parse_url($this->uri, PHP_URL_PATH);
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getParsedBody(): ?array
        {
            return $this->parsedBody;
        }
    }

    class Response implements ResponseInterface
    {
        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }
}

namespace Spiral\RoadRunner {
    class Worker
    {
        private int $served = 0;

        /** @param \Closure(int): ?array $relay frames from the RoadRunner server */
        public function __construct(private \Closure $relay)
        {
        }

        public static function create(\Closure $relay): self
        {
            return new self($relay);
        }

        public function waitPayload(): ?array
        {
            // http.pool.supervisor.max_jobs
            if ($this->served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
                return null;
            }

            return ($this->relay)($this->served++);
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\ServerRequest;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Spiral\RoadRunner\Worker;

    class PSR7Worker
    {
        public function __construct(private Worker $worker, private object $requestFactory, private object $streamFactory, private object $uploadsFactory)
        {
        }

        public function waitRequest(): ?ServerRequestInterface
        {
            $frame = $this->worker->waitPayload();
            if ($frame === null) {
                return null;
            }
            $body = $frame['headers']['content-type'] === 'application/json' ? json_decode($frame['body'], true) : null;

            return new ServerRequest($frame['method'], $frame['uri'], $frame['headers'], $body);
        }

        public function respond(ResponseInterface $response): void
        {
            // frame written back over the relay
        }
    }
}

namespace App\Domain {
    final class Photo
    {
        private ?Album $album = null;
        private int $position = 0;

        public function __construct(
            public readonly string $id,
            public readonly string $sourceUrl,
            public readonly string $caption,
            public readonly int $width,
            public readonly int $height,
            public readonly ?string $takenAt,
        ) {
        }

        public function placeIn(Album $album, int $position): void
        {
            $this->album = $album; // leak
            $this->position = $position;
        }

        public function album(): ?Album
        {
            return $this->album;
        }

        public function position(): int
        {
            return $this->position;
        }

        public function isLandscape(): bool
        {
            return $this->width >= $this->height;
        }
    }

    final class Album
    {
        /** @var array<string, Photo> */
        private array $photos = [];
        private ?string $coverPhotoId = null;

        public function __construct(
            public readonly string $id,
            public readonly string $ownerId,
            public readonly string $title,
            public readonly string $importedFrom,
        ) {
        }

        public function addPhoto(Photo $photo): void
        {
            if (isset($this->photos[$photo->id])) {
                throw new \DomainException("Photo {$photo->id} is already in album {$this->id}");
            }
            $this->photos[$photo->id] = $photo; // leak
            $photo->placeIn($this, count($this->photos));
            $this->coverPhotoId ??= $photo->isLandscape() ? $photo->id : null;
        }

        /** @return array<string, Photo> */
        public function photos(): array
        {
            return $this->photos;
        }

        public function coverPhotoId(): ?string
        {
            return $this->coverPhotoId ?? array_key_first($this->photos);
        }
    }
}

namespace App\Import {
    use App\Domain\Album;
    use App\Domain\Photo;

    final class AlbumImporter
    {
        private const MAX_PHOTOS = 500;

        public function fromTakeout(string $ownerId, array $payload): Album
        {
            $album = new Album(
                'alb_' . substr(hash('sha256', $ownerId . '|' . ($payload['source_id'] ?? '')), 0, 20),
                $ownerId,
                substr(trim($payload['title'] ?? 'Untitled album'), 0, 120),
                $payload['provider'] ?? 'unknown',
            );

            foreach (array_slice($payload['items'] ?? [], 0, self::MAX_PHOTOS) as $item) {
                $album->addPhoto(new Photo(
                    'ph_' . substr(hash('sha256', $item['url']), 0, 24),
                    $item['url'],
                    substr($item['description'] ?? '', 0, 2000),
                    (int) ($item['width'] ?? 0),
                    (int) ($item['height'] ?? 0),
                    $item['taken_at'] ?? null,
                ));
            }

            return $album;
        }
    }

    final class AlbumWriter
    {
        private int $rows = 0;

        public function persist(Album $album): void
        {
            // INSERT INTO albums ...; INSERT INTO album_photos ... (one statement per photo)
            foreach ($album->photos() as $photo) {
                $this->rows += $photo->album() === $album ? 1 : 0;
            }
        }
    }
}

namespace App\Http {
    use App\Import\AlbumImporter;
    use App\Import\AlbumWriter;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ImportAlbumAction
    {
        public function __construct(private AlbumImporter $importer, private AlbumWriter $writer)
        {
        }

        public function __invoke(ServerRequestInterface $request): ResponseInterface
        {
            $ownerId = $request->getHeaderLine('x-authenticated-user');
            $payload = $request->getParsedBody();
            if ($ownerId === '' || !is_array($payload)) {
                return new Response(400);
            }

            $album = $this->importer->fromTakeout($ownerId, $payload);
            $this->writer->persist($album);

            return new Response(201, ['Content-Type' => 'application/json'], json_encode([
                'id' => $album->id,
                'photos' => count($album->photos()),
                'cover' => $album->coverPhotoId(),
            ]));
        }
    }
}

namespace {
    use App\Http\ImportAlbumAction;
    use App\Import\AlbumImporter;
    use App\Import\AlbumWriter;
    use Nyholm\Psr7\Response;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Worker;

    $action = new ImportAlbumAction(new AlbumImporter(), new AlbumWriter());

    // Replay of captured import traffic for `rr serve -c .rr.replay.yaml`.
    $relay = static function (int $n): array {
        $items = [];
        for ($k = 0; $k < 3; $k++) {
            $items[] = [
                'url' => "https://lh3.googleusercontent.com/pw/AP1Gcz{$n}x{$k}" . md5("{$n}-{$k}"),
                'description' => ['Beach day', 'Grandma\'s 80th', '', 'Snow!'][($n + $k) % 4],
                'width' => [4032, 3024][$k % 2],
                'height' => [3024, 4032][$k % 2],
                'taken_at' => date(DATE_ATOM, 1690000000 + $n * 600 + $k),
            ];
        }

        return [
            'method' => 'POST',
            'uri' => '/v2/albums:import',
            'headers' => ['content-type' => 'application/json', 'x-authenticated-user' => 'u' . (510000 + $n % 700)],
            'body' => json_encode(['provider' => 'google-takeout', 'source_id' => 'AF1Qip' . $n, 'title' => "Trip #{$n}", 'items' => $items]),
        ];
    };

    $psr7 = new PSR7Worker(Worker::create($relay), new stdClass(), new stdClass(), new stdClass());

    while ($request = $psr7->waitRequest()) {
        try {
            $psr7->respond($action($request));
        } catch (\Throwable $e) {
            $psr7->respond(new Response(500));
        }
    }
}
