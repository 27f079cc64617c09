<?php
// A mail worker unsets the job at the end of each iteration, but keeps appending rendered mails.

final class MailJob
{
    public function __construct(public readonly string $to, public readonly string $template, public readonly array $vars) {}
}

function renderMail(MailJob $job): string
{
    return "To: {$job->to}\r\nSubject: Welcome\r\n\r\n" . strtr(str_repeat('Hi {name}, welcome aboard! ', 30), $job->vars);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$outbox = [];
$done = 0;
while ($done < $n) {
    $job = new MailJob("user{$done}@example.org", 'welcome', ['{name}' => "User {$done}"]);
    $mail = renderMail($job);
    $outbox[] = $mail; // leak
    unset($job, $mail);
    $done++;
}
