"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { useTranslations } from "next-intl";

import { FileDrop } from "./file-drop";
import { postForm } from "./post-form";

type TProps<T> = {
  id: string;
  title: string;
  description: string;
  label: string;
  action: string;
  busy: string;
  accept: string;
  multiple?: boolean;
  url: string;
  field: string;
  /** Asks before sending (restore); resolves false to cancel. */
  confirm?: (files: File[]) => Promise<boolean>;
  success: (data: T) => string;
  children?: ReactNode;
};

/** A card with a file picker that POSTs the files to a route handler and toasts the outcome. */
export function UploadCard<T>({ id, title, description, label, action, busy, accept, multiple, url, field, confirm, success, children }: TProps<T>) {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) {
      setError(t("import.errors.noFile"));
      return;
    }
    if (confirm && !(await confirm(files))) return;
    const form = new FormData();
    for (const file of files) form.append(field, file);
    setPending(true);
    setError(null);
    const response = await postForm<T>(url, form, t("errors.INTERNAL"));
    setPending(false);
    if (!response.ok) {
      setError(response.message);
      toast.error(response.message);
      return;
    }
    toast.success(success(response.data));
    setFiles([]);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1 space-y-2">
            <Label htmlFor={id}>{label}</Label>
            <FileDrop
              id={id}
              inputRef={input}
              accept={accept}
              multiple={multiple}
              files={files}
              onFiles={(chosen) => {
                setFiles(chosen);
                setError(null);
              }}
            />
          </div>
          <Button type="submit" variant="outline" pending={pending} disabled={files.length === 0}>
            {pending ? busy : action}
          </Button>
        </form>
        <FormMessage role="alert" className="mt-3" messages={error} />
        {children}
      </CardContent>
    </Card>
  );
}
