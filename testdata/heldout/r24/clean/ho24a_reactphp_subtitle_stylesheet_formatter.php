<?php

declare(strict_types=1);

namespace App\Captions;

// ---- react/event-loop + react/http stand-ins ----

final class Loop
{
    /** @var list<\Closure> */
    private array $ticks = [];

    public function futureTick(\Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($this->ticks !== []) {
            $tick = array_shift($this->ticks);
            $tick();
        }
    }
}

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly string $body,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
    {
    }
}

final class HttpServer
{
    public function __construct(private readonly Loop $loop, private readonly \Closure $handler)
    {
    }

    /** Feeds one incoming connection's request through the handler on the next tick. */
    public function accept(ServerRequest $request, \Closure $onResponse): void
    {
        $this->loop->futureTick(function () use ($request, $onResponse): void {
            $onResponse(($this->handler)($request));
        });
    }
}

// ---- captions ----

final class CaptionStyleSheet
{
    public function __construct(private readonly int $maxLineLength)
    {
    }

    public function wrap(string $text): string
    {
        return wordwrap($text, $this->maxLineLength, "\n", true);
    }

    public function formatSrtCue(int $number, array $cue): string
    {
        return sprintf(
            "%d\n%s --> %s\n%s\n",
            $number,
            str_replace('.', ',', $cue['start']),
            str_replace('.', ',', $cue['end']),
            $this->wrap($cue['text']),
        );
    }
}

final class SubtitleTrack
{
    /** @var list<array{start: string, end: string, text: string}> */
    private array $cues = [];

    /** @var \Closure(int, array{start: string, end: string, text: string}): string */
    private \Closure $formatCue;

    public function __construct(
        public readonly string $videoId,
        public readonly string $language,
        private readonly CaptionStyleSheet $styles,
    ) {
        $this->formatCue = $this->styles->formatSrtCue(...);
    }

    public static function fromWebVtt(string $videoId, string $language, string $vtt, CaptionStyleSheet $styles): self
    {
        $track = new self($videoId, $language, $styles);
        foreach (preg_split('/\R{2,}/', trim($vtt)) as $block) {
            if (!preg_match('/^(\S+) --> (\S+)\R(.+)$/s', trim($block), $m)) {
                continue;
            }
            $track->addCue($m[1], $m[2], $m[3]);
        }

        return $track;
    }

    public function addCue(string $start, string $end, string $text): void
    {
        $this->cues[] = ['start' => $start, 'end' => $end, 'text' => $text];
    }

    public function toSrt(): string
    {
        $out = [];
        foreach ($this->cues as $index => $cue) {
            $out[] = ($this->formatCue)($index + 1, $cue);
        }

        return implode("\n", $out);
    }
}

/** Last-N rendered captions, so a player retrying the same request is served from memory. */
final class RecentCaptions
{
    /** @var array<int, array{key: string, srt: string}> */
    private array $slots = [];
    private int $cursor = 0;

    public function __construct(private readonly int $size)
    {
    }

    public function find(string $key): ?string
    {
        foreach ($this->slots as $slot) {
            if ($slot['key'] === $key) {
                return $slot['srt'];
            }
        }

        return null;
    }

    public function remember(string $key, string $srt): void
    {
        $this->slots[$this->cursor % $this->size] = ['key' => $key, 'srt' => $srt];
        $this->cursor++;
    }
}

final class ConvertCaptionsAction
{
    public function __construct(private readonly CaptionStyleSheet $styles, private readonly RecentCaptions $recent)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $videoId = (string) ($request->query['video'] ?? '');
        $language = in_array($request->query['lang'] ?? '', ['en', 'de', 'fr', 'es'], true) ? $request->query['lang'] : 'en';
        $key = $videoId . ':' . $language . ':' . md5($request->body);

        $srt = $this->recent->find($key);
        if ($srt === null) {
            $track = SubtitleTrack::fromWebVtt($videoId, $language, $request->body, $this->styles);
            $srt = $track->toSrt();
            $this->recent->remember($key, $srt);
        }

        return new Response(200, ['Content-Type' => 'application/x-subrip'], $srt);
    }
}

// ---- boot ----

$loop = new Loop();
$server = new HttpServer($loop, \Closure::fromCallable(new ConvertCaptionsAction(new CaptionStyleSheet(42), new RecentCaptions(16))));
$sent = 0;
$onResponse = static function (Response $response) use (&$sent): void {
    $sent += strlen($response->body);
};

$languages = ['en', 'de', 'fr', 'es'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $t = $i % 50;
    $vtt = "WEBVTT\n\n"
        . sprintf("00:00:%02d.000 --> 00:00:%02d.500\nLecture %d: today we look at adaptive bitrate ladders.\n\n", $t, $t + 3, $i)
        . sprintf("00:00:%02d.000 --> 00:00:%02d.000\nEach rendition is encoded at a target bitrate (request %d).\n\n", $t + 4, $t + 8, $i)
        . sprintf("00:00:%02d.000 --> 00:00:%02d.250\nThe player switches renditions when bandwidth changes.\n", $t + 9, $t + 12);
    $server->accept(new ServerRequest('POST', '/captions/convert', [
        'video' => sprintf('vid-%05d', 30_000 + $i),
        'lang' => $languages[$i % 4],
    ], $vtt), $onResponse);
    $loop->run();
}
