<?php
// A legacy PHP template engine renders an email template per queued notification, converting warnings raised inside the template into exceptions that mention the template name.

/**
 * Thrown when a template emits a PHP warning or notice.
 */
class Template_Error extends ErrorException
{
}

class Mail_Template
{
    /** @var string */
    public $name;

    /** @var string */
    public $source;

    /** @var array */
    public $defaults;

    /**
     * @param string $name
     * @param string $source
     * @param array  $defaults
     */
    public function __construct($name, $source, array $defaults = array())
    {
        $this->name = $name;
        $this->source = $source;
        $this->defaults = $defaults;
    }
}

class Template_Renderer
{
    /** @var int */
    protected $rendered = 0;

    /** @var array */
    protected $helpers = array();

    public function __construct()
    {
        $this->helpers = array(
            'upper' => 'strtoupper',
            'money' => array($this, 'format_money'),
        );
    }

    /**
     * @param Mail_Template $template
     * @param array         $vars
     * @return string
     */
    public function render(Mail_Template $template, array $vars)
    {
        set_error_handler(function ($errno, $errstr, $errfile, $errline) use ($template) {
            if (!(error_reporting() & $errno)) {
                return false;
            }
            throw new Template_Error($template->name . ': ' . $errstr, 0, $errno, $errfile, $errline);
        });

        try {
            $vars = array_merge($template->defaults, $vars);
            $helpers = $this->helpers;
            $out = preg_replace_callback('/\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}/', function ($m) use ($vars, $helpers) {
                $value = isset($vars[$m[1]]) ? $vars[$m[1]] : '';
                if (!empty($m[2]) && isset($helpers[$m[2]])) {
                    $value = call_user_func($helpers[$m[2]], $value);
                }
                return htmlspecialchars((string) $value, ENT_QUOTES, 'UTF-8');
            }, $template->source);
        } finally {
            restore_error_handler();
        }

        $this->rendered++;
        return $out;
    }

    /**
     * @param int $cents
     * @return string
     */
    public function format_money($cents)
    {
        return number_format($cents / 100, 2) . ' EUR';
    }
}

/**
 * @param int $i
 * @return Mail_Template
 */
function notifications_load_template($i)
{
    $source = "<h2>Hello {{ name }},</h2>\n<p>Your invoice {{ number|upper }} of {{ amount|money }} is ready.</p>\n"
        . str_repeat("<p>{{ footer }}</p>\n", 3)
        . '<!-- revision ' . $i . ' ' . str_repeat('-', 400) . ' -->';
    return new Mail_Template('invoice_ready_' . ($i % 4) . '.html', $source, array('footer' => 'ACME GmbH, Berlin'));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new Template_Renderer();
$outbox_size = 0;
for ($i = 0; $i < $n; $i++) {
    $template = notifications_load_template($i);
    try {
        $html = $renderer->render($template, array('name' => 'Customer ' . $i, 'number' => 'inv-' . $i, 'amount' => 1250 + $i));
        $outbox_size += strlen($html);
    } catch (Template_Error $e) {
        $outbox_size = 0;
    }
}
