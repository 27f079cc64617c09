<?php

declare(strict_types=1);

namespace Mailer;

require __DIR__ . '/src/Ast/Nodes.php';
require __DIR__ . '/src/Ast/NodeFactory.php';
require __DIR__ . '/src/Parser.php';
require __DIR__ . '/src/Renderer.php';

use Mailer\Template\Ast\NodeFactory;
use Mailer\Template\Parser;
use Mailer\Template\Renderer;

final class SendCampaignEmail
{
    public function __construct(
        public readonly string $recipient,
        public readonly string $templateSource,
        public readonly array $vars,
    ) {
    }
}

final class SendCampaignEmailHandler
{
    /** @var list<string> */
    private array $outbox = [];

    public function __construct(private readonly Renderer $renderer)
    {
    }

    public function handle(SendCampaignEmail $job): void
    {
        $body = $this->renderer->render($job->templateSource, $job->vars);
        $this->outbox = [sprintf("To: %s\r\n\r\n%s", $job->recipient, $body)];
    }
}

$handler = new SendCampaignEmailHandler(new Renderer(new Parser(new NodeFactory())));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new SendCampaignEmail(
        "user{$i}@example.com",
        "Hello {{ name | e }}, {% if vip %}thanks for being VIP #{$i}!{% endif %} Your code: {{ code | upper }}",
        ['name' => "Customer {$i}", 'vip' => $i % 2 === 0, 'code' => 'spring-' . $i],
    );
    $handler->handle($job);
}
