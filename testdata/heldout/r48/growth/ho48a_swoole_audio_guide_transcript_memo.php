<?php

declare(strict_types=1);

// Stand-ins for Swoole\Http\Server: on('request') callbacks are registered at
// boot, start() then serves requests in the same process until it is stopped.
final class SwooleRequest
{
    public function __construct(public array $get = [], public array $cookie = [], public array $server = [])
    {
    }
}

final class SwooleResponse
{
    public array $header = [];
    public string $content = '';

    public function header(string $key, string $value): void
    {
        $this->header[$key] = $value;
    }

    public function end(string $content = ''): void
    {
        $this->content = $content;
    }
}

final class SwooleHttpServer
{
    /** @var array<string, \Closure> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, \Closure $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(): void
    {
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $max; $i++) {
            $request = new SwooleRequest(
                ['stop' => (string) (1 + $i % 12), 'lang' => ['en', 'de', 'ja'][$i % 3]],
                ['guide_session' => bin2hex(pack('N', 0x5eed0000 + $i)) . '-handset'],
                ['request_uri' => '/guide/transcript'],
            );
            ($this->callbacks['request'])($request, new SwooleResponse());
        }
    }
}

final class GuideStop
{
    public function __construct(
        public readonly int $number,
        public readonly string $title,
        public readonly string $script,
    ) {
    }
}

final class StopCatalogue
{
    public function stop(int $number, string $lang): GuideStop
    {
        return new GuideStop(
            $number,
            "Stop $number",
            str_repeat("[$lang] The glaze on this jar was fired in a climbing kiln. ", 8),
        );
    }
}

final class TranscriptRenderer
{
    /**
     * The same handset asks for the same stop repeatedly while the visitor
     * stands in front of the case, so the rendered page is memoised.
     */
    public function render(string $handset, GuideStop $stop, string $lang): string
    {
        static $rendered = [];

        $key = $handset . '/' . $lang . '/' . $stop->number;
        if (!isset($rendered[$key])) {
            $rendered[$key] = sprintf( // leak
                '<article lang="%s" data-handset="%s"><h1>%s</h1><p>%s</p><footer>Large-print version at the welcome desk.</footer></article>',
                $lang,
                $handset,
                htmlspecialchars($stop->title),
                nl2br(htmlspecialchars($stop->script)),
            );
        }

        return $rendered[$key];
    }
}

// ---- boot -----------------------------------------------------------------

$catalogue = new StopCatalogue();
$renderer = new TranscriptRenderer();

$server = new SwooleHttpServer('0.0.0.0', 9501);
$server->on('request', static function (SwooleRequest $request, SwooleResponse $response) use ($catalogue, $renderer): void {
    $lang = $request->get['lang'] ?? 'en';
    $stop = $catalogue->stop((int) ($request->get['stop'] ?? 1), $lang);
    $response->header('Content-Type', 'text/html; charset=utf-8');
    $response->end($renderer->render($request->cookie['guide_session'] ?? 'anonymous', $stop, $lang));
});
$server->start();
