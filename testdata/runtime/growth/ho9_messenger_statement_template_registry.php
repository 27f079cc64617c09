<?php
// A Symfony Messenger worker rendering monthly account statements through a class-static template registry keyed by a name built from the message.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $fromTransport = null) {}
    }
}

namespace App\Pdf {
    final class CompiledTemplate
    {
        public function __construct(public readonly string $name, public readonly string $source) {}

        public function render(array $vars): string
        {
            return strtr($this->source, $vars);
        }
    }

    final class TemplateRegistry
    {
        private static array $templates = [];

        public static function get(string $name, callable $compile): CompiledTemplate
        {
            return self::$templates[$name] ??= $compile($name); // leak
        }
    }
}

namespace App\Message {
    final class GenerateStatement
    {
        public function __construct(public readonly int $accountId, public readonly string $period, public readonly string $locale) {}
    }
}

namespace App\MessageHandler {
    use App\Message\GenerateStatement;
    use App\Pdf\CompiledTemplate;
    use App\Pdf\TemplateRegistry;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'statements')]
    final class GenerateStatementHandler
    {
        public int $pages = 0;

        public function __invoke(GenerateStatement $message): void
        {
            $name = sprintf('statement_%d_%s', $message->accountId, $message->period);
            $template = TemplateRegistry::get($name, fn (string $n): CompiledTemplate => $this->compile($n, $message->locale));
            $this->pages += substr_count($template->render(['{account}' => (string) $message->accountId, '{total}' => '120.00']), '<page>');
        }

        private function compile(string $name, string $locale): CompiledTemplate
        {
            $rows = str_repeat("<row><cell>{$locale}</cell><cell>{total}</cell></row>", 12);
            return new CompiledTemplate($name, "<page><h1>Statement {account} ({$name})</h1>{$rows}</page>");
        }
    }
}

namespace {
    use App\Message\GenerateStatement;
    use App\MessageHandler\GenerateStatementHandler;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $handler = new GenerateStatementHandler();
    foreach (range(1, $n) as $seq) {
        $handler(new GenerateStatement(30000 + $seq, '2024-' . str_pad((string) ($seq % 12 + 1), 2, '0', STR_PAD_LEFT), ['en', 'de', 'fr'][$seq % 3]));
    }
}
