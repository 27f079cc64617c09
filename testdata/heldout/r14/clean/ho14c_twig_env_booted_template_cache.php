<?php
declare(strict_types=1);

// A Twig-like environment caches loaded templates by template name, and
// every template keeps its environment to render includes. The environment
// is a boot-time service shared by all requests; per-request values travel
// in the render context.

final class ArrayLoader
{
    /** @param array<string, string> $templates */
    public function __construct(private array $templates)
    {
    }

    public function getSource(string $name): string
    {
        return $this->templates[$name] ?? throw new RuntimeException("Template \"$name\" is not defined.");
    }
}

abstract class Template
{
    protected string $compiled;

    public function __construct(protected Environment $env, protected string $name)
    {
    }

    public function compile(string $source): void
    {
        $this->compiled = "/* {$this->name} */\n" . preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?= $ctx[\'$1\'] ?>', $source);
    }

    /** @param array<string, scalar> $context */
    abstract public function render(array $context): string;
}

final class CompiledTemplate extends Template
{
    public function render(array $context): string
    {
        $out = preg_replace_callback('/<\?= \$ctx\[\'(\w+)\'\] \?>/', static fn (array $m): string => (string) ($context[$m[1]] ?? ''), $this->compiled);
        if (str_contains($out, '{% include "_footer.html.twig" %}')) {
            $out = str_replace('{% include "_footer.html.twig" %}', $this->env->load('_footer.html.twig')->render($context), $out);
        }
        return $out;
    }
}

final class Environment
{
    /** @var array<string, Template> */
    private array $loadedTemplates = [];

    /** @var array<string, scalar> */
    private array $globals = [];

    public function __construct(private ArrayLoader $loader, private string $templateClass = CompiledTemplate::class)
    {
    }

    public function addGlobal(string $name, string|int $value): void
    {
        $this->globals[$name] = $value;
    }

    public function load(string $name): Template
    {
        if (!isset($this->loadedTemplates[$name])) {
            $class = $this->templateClass;
            $template = new $class($this, $name);
            $template->compile($this->loader->getSource($name));
            $this->loadedTemplates[$name] = $template;
        }

        return $this->loadedTemplates[$name];
    }

    /** @param array<string, scalar> $context */
    public function render(string $name, array $context): string
    {
        return $this->load($name)->render($context + $this->globals);
    }
}

final class ProfileController
{
    public function __construct(private Environment $twig)
    {
    }

    public function __invoke(int $userId, string $locale): string
    {
        return $this->twig->render('profile/show.html.twig', ['user_id' => $userId, 'name' => "user-$userId", 'locale' => $locale]);
    }
}

$loader = new ArrayLoader([
    'profile/show.html.twig' => str_repeat('<section class="card"><h2>{{ name }}</h2><p>#{{ user_id }} ({{ locale }})</p></section>', 4)
        . '{% include "_footer.html.twig" %}',
    '_footer.html.twig' => str_repeat('<footer class="site-footer"><small>{{ locale }} &copy; Example GmbH</small></footer>', 3),
]);
$twig = new Environment($loader);
$twig->addGlobal('app_name', 'Example');
$controller = new ProfileController($twig);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $html = $controller(300 + $i, $i % 2 ? 'de_DE' : 'en_GB');
    unset($html);
}
