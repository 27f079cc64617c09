<?php

declare(strict_types=1);

namespace App\Comments\Markdown;

abstract class Node
{
    /** @var list<Node> */
    private array $children = [];

    public function __construct(
        protected ?Node $parent = null, // leak
    ) {
        $parent?->appendChild($this);
    }

    public function appendChild(Node $child): void
    {
        $this->children[] = $child; // leak
    }

    /** @return list<Node> */
    public function children(): array
    {
        return $this->children;
    }

    public function parent(): ?Node
    {
        return $this->parent;
    }

    public function depth(): int
    {
        return $this->parent === null ? 0 : $this->parent->depth() + 1;
    }

    abstract public function tag(): string;
}

final class Document extends Node
{
    public function tag(): string { return 'div'; }
}

final class Paragraph extends Node
{
    public function tag(): string { return 'p'; }
}

final class Emphasis extends Node
{
    public function tag(): string { return 'em'; }
}

final class Text extends Node
{
    public string $literal = '';

    public function tag(): string { return ''; }
}

final class NodeFactory
{
    private const TYPES = ['paragraph' => Paragraph::class, 'em' => Emphasis::class, 'text' => Text::class];

    public function create(string $type, Node $parent): Node
    {
        $class = self::TYPES[$type] ?? Text::class;

        return new $class($parent);
    }

    public function text(string $literal, Node $parent): Text
    {
        $node = $this->create('text', $parent);
        \assert($node instanceof Text);
        $node->literal = $literal;

        return $node;
    }
}

final class InlineParser
{
    public function __construct(private readonly NodeFactory $factory) {}

    public function parse(string $line, Node $block): void
    {
        foreach (preg_split('/(\*[^*]+\*)/', $line, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $chunk) {
            if (str_starts_with($chunk, '*') && str_ends_with($chunk, '*')) {
                $em = $this->factory->create('em', $block);
                $this->factory->text(trim($chunk, '*'), $em);
                continue;
            }
            $this->factory->text($chunk, $block);
        }
    }
}

final class CommentParser
{
    public function __construct(
        private readonly NodeFactory $factory,
        private readonly InlineParser $inline,
    ) {}

    public function parse(string $markdown): Document
    {
        $document = new Document();
        foreach (preg_split('/\n{2,}/', trim($markdown)) as $block) {
            $paragraph = $this->factory->create('paragraph', $document);
            $this->inline->parse(str_replace("\n", ' ', $block), $paragraph);
        }

        return $document;
    }
}

final class HtmlRenderer
{
    public function render(Node $node): string
    {
        if ($node instanceof Text) {
            return htmlspecialchars($node->literal, ENT_QUOTES);
        }
        $inner = '';
        foreach ($node->children() as $child) {
            $inner .= $this->render($child);
        }
        $class = $node->depth() > 1 ? ' class="nested"' : '';

        return sprintf('<%s%s>%s</%1$s>', $node->tag(), $class, $inner);
    }
}

final class Response
{
    public int $status = 200;
    public string $body = '';
}

final class CommentPreviewController
{
    public function __construct(
        private readonly CommentParser $parser,
        private readonly HtmlRenderer $renderer,
    ) {}

    public function __invoke(array $post, Response $response): void
    {
        $document = $this->parser->parse((string) ($post['body'] ?? ''));
        $response->body = $this->renderer->render($document);
    }
}

final class Server
{
    /** @var array<string, \Closure> */
    private array $handlers = [];

    public function on(string $event, \Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function serve(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $post = ['body' => "Thanks for the report #{$i}, the *export* is fixed.\n\nPlease retry the *nightly* job {$i} and reply."];
            ($this->handlers['request'])($post, new Response());
        }
    }
}

$factory = new NodeFactory();
$controller = new CommentPreviewController(new CommentParser($factory, new InlineParser($factory)), new HtmlRenderer());
$server = new Server();
$server->on('request', static function (array $post, Response $response) use ($controller): void {
    $controller($post, $response);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->serve($n);
