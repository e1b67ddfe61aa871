import type { ReactNode } from "react";

import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";

type TAuthCardProps = { title: string; subtitle: string; children: ReactNode; footer?: ReactNode };

export function AuthCard({ title, subtitle, children, footer }: TAuthCardProps) {
  return (
    <Card className="gap-5 shadow-sm">
      <CardHeader className="gap-2">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <CardDescription>{subtitle}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
      {footer ? <CardFooter className="justify-center text-sm text-muted-foreground">{footer}</CardFooter> : null}
    </Card>
  );
}
