<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamInterface;
use Psr\Http\Message\UploadedFileInterface;
use Psr\Http\Message\UriInterface;

final class Stream implements StreamInterface
{
    private function __construct(private string $contents)
    {
    }

    public static function create(string $body = ''): StreamInterface
    {
        return new self($body);
    }

    public function __toString(): string
    {
        return $this->contents;
    }

    public function getSize(): ?int
    {
        return \strlen($this->contents);
    }

    public function getContents(): string
    {
        return $this->contents;
    }
}

final class Uri implements UriInterface
{
    private string $scheme = '';
    private string $host = '';
    private string $path = '';
    private string $query = '';

    public function __construct(string $uri = '')
    {
        $parts = \parse_url($uri) ?: [];
        $this->scheme = $parts['scheme'] ?? '';
        $this->host = $parts['host'] ?? '';
        $this->path = $parts['path'] ?? '';
        $this->query = $parts['query'] ?? '';
    }

    public function getScheme(): string
    {
        return $this->scheme;
    }

    public function getHost(): string
    {
        return $this->host;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getQuery(): string
    {
        return $this->query;
    }

    public function __toString(): string
    {
        return ($this->scheme !== '' ? $this->scheme . '://' : '') . $this->host . $this->path . ($this->query !== '' ? '?' . $this->query : '');
    }
}

final class UploadedFile implements UploadedFileInterface
{
    public function __construct(private StreamInterface $stream, private ?string $clientFilename = null)
    {
    }

    public function getClientFilename(): ?string
    {
        return $this->clientFilename;
    }
}

trait MessageTrait
{
    private array $headers = [];
    private string $protocol = '1.1';
    private ?StreamInterface $stream = null;

    public function getProtocolVersion(): string
    {
        return $this->protocol;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function hasHeader(string $name): bool
    {
        return isset($this->headers[\strtolower($name)]);
    }

    public function getHeaderLine(string $name): string
    {
        return \implode(', ', $this->headers[\strtolower($name)] ?? []);
    }

    public function withHeader(string $name, $value): static
    {
        $new = clone $this;
        $new->headers[\strtolower($name)] = \is_array($value) ? \array_values($value) : [(string) $value];

        return $new;
    }

    public function getBody(): StreamInterface
    {
        return $this->stream ??= Stream::create('');
    }

    public function withBody(StreamInterface $body): static
    {
        $new = clone $this;
        $new->stream = $body;

        return $new;
    }

    private function setHeaders(array $headers): void
    {
        foreach ($headers as $name => $value) {
            $this->headers[\strtolower($name)] = \is_array($value) ? \array_values($value) : [(string) $value];
        }
    }
}

class ServerRequest implements ServerRequestInterface
{
    use MessageTrait;

    private UriInterface $uri;
    private array $attributes = [];
    private array $cookieParams = [];
    private array $queryParams = [];
    private $parsedBody = null;

    public function __construct(private string $method, $uri, array $headers = [], $body = null, string $version = '1.1', private array $serverParams = [])
    {
        $this->uri = $uri instanceof UriInterface ? $uri : new Uri((string) $uri);
        $this->setHeaders($headers);
        $this->protocol = $version;
        if ($body !== null && $body !== '') {
            $this->stream = $body instanceof StreamInterface ? $body : Stream::create((string) $body);
        }
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): UriInterface
    {
        return $this->uri;
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
    }

    public function getCookieParams(): array
    {
        return $this->cookieParams;
    }

    public function withCookieParams(array $cookies): static
    {
        $new = clone $this;
        $new->cookieParams = $cookies;

        return $new;
    }

    public function getQueryParams(): array
    {
        return $this->queryParams;
    }

    public function withQueryParams(array $query): static
    {
        $new = clone $this;
        $new->queryParams = $query;

        return $new;
    }

    public function getParsedBody()
    {
        return $this->parsedBody;
    }

    public function withParsedBody($data): static
    {
        $new = clone $this;
        $new->parsedBody = $data;

        return $new;
    }

    public function getAttributes(): array
    {
        return $this->attributes;
    }

    public function getAttribute(string $name, $default = null)
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
    }
}

class Response implements ResponseInterface
{
    use MessageTrait;

    public function __construct(private int $statusCode = 200, array $headers = [], $body = null, string $version = '1.1', private ?string $reasonPhrase = null)
    {
        $this->setHeaders($headers);
        $this->protocol = $version;
        if ($body !== null && $body !== '') {
            $this->stream = $body instanceof StreamInterface ? $body : Stream::create((string) $body);
        }
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    public function withStatus(int $code, string $reasonPhrase = ''): static
    {
        $new = clone $this;
        $new->statusCode = $code;
        $new->reasonPhrase = $reasonPhrase;

        return $new;
    }

    public function getReasonPhrase(): string
    {
        return $this->reasonPhrase ?? '';
    }
}

namespace Nyholm\Psr7\Factory;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Nyholm\Psr7\Stream;
use Nyholm\Psr7\UploadedFile;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestFactoryInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;
use Psr\Http\Message\StreamInterface;
use Psr\Http\Message\UploadedFileFactoryInterface;
use Psr\Http\Message\UploadedFileInterface;

final class Psr17Factory implements ServerRequestFactoryInterface, ResponseFactoryInterface, StreamFactoryInterface, UploadedFileFactoryInterface
{
    public function createServerRequest(string $method, $uri, array $serverParams = []): ServerRequestInterface
    {
        return new ServerRequest($method, $uri, [], null, '1.1', $serverParams);
    }

    public function createResponse(int $code = 200, string $reasonPhrase = ''): ResponseInterface
    {
        return new Response($code, [], null, '1.1', $reasonPhrase);
    }

    public function createStream(string $content = ''): StreamInterface
    {
        return Stream::create($content);
    }

    public function createUploadedFile(StreamInterface $stream, ?int $size = null, int $error = \UPLOAD_ERR_OK, ?string $clientFilename = null, ?string $clientMediaType = null): UploadedFileInterface
    {
        return new UploadedFile($stream, $clientFilename);
    }
}
