<?php

// Build-notification daemon: consumes "build finished" jobs and renders the
// chat/e-mail messages with a small Twig-like template compiler whose
// compiled output is memoised for the life of the worker.

final class CompiledTemplate
{
    /** @param list<array{0: string, 1: string}> $segments */
    public function __construct(
        public readonly string $name,
        public readonly array $segments,
        public readonly string $php,
    ) {
    }

    public function render(array $context): string
    {
        $out = '';
        foreach ($this->segments as [$kind, $value]) {
            $out .= $kind === 'text' ? $value : (string) ($context[$value] ?? '');
        }

        return $out;
    }
}

function compiled_template(string $namespace, string $source, callable $compile): CompiledTemplate
{
    static $compiled = [];

    $key = "{$namespace}:" . hash('xxh128', $source);
    if (!isset($compiled[$key])) {
        $compiled[$key] = $compile($source);
    }

    return $compiled[$key];
}

final class TemplateCompiler
{
    public function compile(string $name, string $source): CompiledTemplate
    {
        $segments = [];
        $php = '';
        foreach (preg_split('/(\{\{\s*\w+\s*\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $part) {
            if (preg_match('/^\{\{\s*(\w+)\s*\}\}$/', $part, $m)) {
                $segments[] = ['var', $m[1]];
                $php .= '<?= htmlspecialchars($context[' . var_export($m[1], true) . '] ?? \'\') ?>';
            } else {
                $segments[] = ['text', $part];
                $php .= $part;
            }
        }

        return new CompiledTemplate($name, $segments, $php);
    }
}

final class TemplateEngine
{
    public function __construct(private TemplateCompiler $compiler, private array $templates)
    {
    }

    public function render(string $name, array $context): string
    {
        return $this->renderString($this->templates[$name], $context, $name);
    }

    public function renderString(string $source, array $context, string $name = '__string__'): string
    {
        $template = compiled_template('notify', $source, fn (string $src) => $this->compiler->compile($name, $src));

        return $template->render($context);
    }
}

final class BuildNotifier
{
    public function __construct(private TemplateEngine $twig)
    {
    }

    public function notify(array $build): array
    {
        $status = $build['status'] === 'passed' ? 'passed' : 'failed';
        $subject = $this->subjectFor($build, $status);

        $body = $this->twig->render("build_{$status}", [
            'project' => $build['project'],
            'number' => $build['number'],
            'duration' => $build['duration'],
            'url' => $build['url'],
        ]);

        return ['subject' => $subject, 'body' => $body];
    }

    private function subjectFor(array $build, string $status): string
    {
        // Per-project subject lines are configured as templates too.
        $pattern = sprintf(
            '[%s] Build #{{ number }} of {{ project }} %s after {{ duration }}s (commit {{ commit }} by {{ author }}: "{{ message }}")',
            strtoupper($status),
            $status,
        );

        return $this->twig->renderString($pattern, [
            'number' => $build['number'],
            'project' => $build['project'],
            'duration' => $build['duration'],
            'commit' => substr($build['commit'], 0, 10),
            'author' => $build['author'],
            'message' => $build['message'],
        ]);
    }
}

$notifier = new BuildNotifier(new TemplateEngine(new TemplateCompiler(), [
    'build_passed' => "Build {{ number }} of {{ project }} passed in {{ duration }}s.\nDetails: {{ url }}\n",
    'build_failed' => "Build {{ number }} of {{ project }} FAILED after {{ duration }}s.\nLogs: {{ url }}\nPlease fix the pipeline before merging.\n",
]));

$projects = ['api-gateway', 'billing', 'web-frontend', 'search-indexer'];
$authors = ['alice', 'bob', 'carol', 'dmitri'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = json_encode([
        'project' => $projects[$i % 4],
        'number' => 1000 + $i,
        'status' => $i % 5 === 0 ? 'failed' : 'passed',
        'duration' => 30 + ($i * 7) % 300,
        'commit' => sha1("commit-{$i}"),
        'author' => $authors[$i % 4],
        'message' => "Fix flaky step in pipeline stage {$i} and bump cache key",
        'url' => "https://ci.example.test/builds/" . (1000 + $i),
    ]);

    $message = $notifier->notify(json_decode($job, true));
}
